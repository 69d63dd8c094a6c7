import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { parseCouplePageSearch } from "./couple-page-search";

/** What Next.js `notFound()` throws: the page answers 404. */
const notFoundPage = /NEXT_HTTP_ERROR_FALLBACK;404/;

describe("parseCouplePageSearch", () => {
  test("an entry id in `before` pages to older entries; no query is the newest page", () => {
    const id = randomUUID();
    expect(parseCouplePageSearch({ before: id })).toEqual({ before: id });
    expect(parseCouplePageSearch({ created: "1" })).toEqual({ created: "1" });
  });

  test("a mangled or repeated `before` is a 404, never a query", () => {
    expect(() => parseCouplePageSearch({ before: "1' or '1'='1" })).toThrow(notFoundPage);
    expect(() => parseCouplePageSearch({ before: [randomUUID(), randomUUID()] })).toThrow(
      notFoundPage,
    );
  });
});
