import { describe, expect, it } from "vitest";
import { findHighlights } from "../highlights";
import { csi, hurt, twoWeeks } from "../test-support";
import type { TimelineEntry } from "../types";

const find = (entries: TimelineEntry[], rule: string) =>
  findHighlights({ ...twoWeeks, entries }).filter((h) => h.rule === rule);

describe("unrepaired", () => {
  it("fires for a hurt not repaired 7 days after it happened, as of now", () => {
    const entries = [
      hurt("week", 1, "2026-11-09T09:00:00Z", { repaired: false }),
      hurt("recent", 1, "2026-11-09T09:01:00Z", { repaired: false }),
      hurt("mended", 1, "2026-11-03T09:00:00Z", { repaired: true, minutesToRepair: 30 }),
    ];
    expect(find(entries, "unrepaired")).toEqual([
      {
        rule: "unrepaired",
        text: "Alex's hurt “Phone or distraction” on Nov 9 is still unrepaired after 7 days",
        because:
          "A logged hurt still not repaired 7 days or more after it happened, as it stands now: its author did not update it to repaired and no repair script of theirs linked to it landed.",
        entryIds: ["week"],
        positions: [1],
        severity: "attention",
        topic: "Alex's moment of “Phone or distraction” on Nov 9",
      },
    ]);
  });

  it("groups a partner's open hurts and names the most intense", () => {
    const entries = [
      hurt("old", 2, "2026-10-25T09:00:00Z", { category: "tone", intensity: 3 }),
      hurt("strong", 2, "2026-11-04T09:00:00Z", { category: "tone", intensity: 8 }),
      hurt("too-old", 2, "2026-10-10T09:00:00Z", { intensity: 10 }),
    ];
    const [highlight] = find(entries, "unrepaired");
    expect(highlight?.text).toBe(
      "Sam has 2 hurts still unrepaired after 7 days or more, the most intense “Tone” on Nov 4",
    );
    expect(highlight?.entryIds).toEqual(["old", "strong"]);
  });

  it("does not fire when every hurt was repaired or is under a week old", () => {
    const entries = [
      hurt("a", 1, "2026-11-02T09:00:00Z", { repaired: true }),
      hurt("b", 2, "2026-11-12T09:00:00Z", { repaired: false }),
    ];
    expect(find(entries, "unrepaired")).toEqual([]);
  });
});

describe("safety flag", () => {
  it("is urgent, first, and one per partner", () => {
    const entries = [
      hurt("a", 1, "2026-11-02T09:00:00Z", { category: "tone" }),
      hurt("b", 1, "2026-11-03T09:00:00Z", { category: "tone" }),
      hurt("c", 1, "2026-11-04T09:00:00Z", { category: "tone" }),
      csi("s", 2, "2026-11-12T09:00:00Z", 9, { safetyFlag: true }),
      hurt("t", 2, "2026-11-14T09:00:00Z", {}, { safetyFlag: true }),
    ];
    const [first, ...rest] = findHighlights({ ...twoWeeks, entries });
    expect(first).toEqual({
      rule: "safety_flag",
      text: "Sam marked 2 entries “I don't feel safe” (Nov 12 to Nov 14)",
      because:
        "An entry marked “I don't feel safe” always comes first, whatever else the period holds.",
      entryIds: ["s", "t"],
      positions: [2],
      severity: "urgent",
    });
    expect(rest.map((h) => h.severity)).not.toContain("urgent");
  });

  it("leaves flags from before the period to the previous session", () => {
    const entries = [
      hurt("a", 1, "2026-10-30T09:00:00Z", { repaired: true }, { safetyFlag: true }),
    ];
    expect(find(entries, "safety_flag")).toEqual([]);
  });
});
