import { describe, expect, test } from "vitest";
import { formatMinutes, truncate } from "./format";

describe("summary formatting", () => {
  test.each([
    [0, "0 min"],
    [45, "45 min"],
    [60, "1 h"],
    [90, "1 h 30 min"],
    [1440, "1 day"],
    [1500, "25 h"],
    [3 * 1440 + 200, "3 days"],
  ])("writes %i minutes as %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  test("keeps short text, and cuts long text at a word onto one line", () => {
    expect(truncate("A walk on\nSaturday.")).toBe("A walk on Saturday.");
    const long =
      "We talked about the holiday plans again and somehow it turned into who does more at home";
    const cut = truncate(long);
    expect(cut).toBe(
      "We talked about the holiday plans again and somehow it turned into who does…",
    );
    expect(cut.length).toBeLessThanOrEqual(80);
  });
});
