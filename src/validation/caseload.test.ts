import { describe, expect, test } from "vitest";
import { caseloadFilterInput } from "./caseload";
import { check } from "~/test/schema";

describe("caseloadFilterInput", () => {
  test("defaults to current couples and trims the search", () => {
    expect(check(caseloadFilterInput, {})).toEqual({
      ok: { status: "current", sort: "attention" },
    });
    expect(check(caseloadFilterInput, { search: "  Alex ", status: "all", sort: "name" })).toEqual({
      ok: { search: "Alex", status: "all", sort: "name" },
    });
  });

  test("an unknown status or an overlong search gets a readable message", () => {
    expect(
      check(caseloadFilterInput, { status: "archived", search: "x".repeat(101), sort: "loud" }),
    ).toEqual({
      errors: {
        status: ["Choose a status filter from the list."],
        search: ["Keep the search under 100 characters."],
        sort: ["Choose a sort order from the list."],
      },
    });
  });
});
