import { describe, expect, test } from "vitest";
import { caseloadFilterInput } from "./caseload";
import { check } from "~/test/schema";

describe("caseloadFilterInput", () => {
  test("defaults to current couples and trims the search", () => {
    expect(check(caseloadFilterInput, {})).toEqual({ ok: { status: "current" } });
    expect(check(caseloadFilterInput, { search: "  Alex ", status: "all" })).toEqual({
      ok: { search: "Alex", status: "all" },
    });
  });

  test("an unknown status or an overlong search gets a readable message", () => {
    expect(check(caseloadFilterInput, { status: "archived", search: "x".repeat(101) })).toEqual({
      errors: {
        status: ["Choose a status filter from the list."],
        search: ["Keep the search under 100 characters."],
      },
    });
  });
});
