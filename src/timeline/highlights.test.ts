import { describe, expect, it } from "vitest";
import { findHighlights, highlightRules } from "./highlights";
import { csi, cycle, hurt, twoWeeks } from "./test-support";

const mixed = [
  cycle("m1", 1, "2026-11-03T20:00:00Z", "pursue"),
  hurt("h1", 2, "2026-11-04T02:00:00Z", { category: "tone", repaired: true }),
  cycle("m2", 1, "2026-11-06T20:00:00Z", "pursue"),
  cycle("m3", 1, "2026-11-10T20:00:00Z", "pursue"),
  hurt("h2", 1, "2026-11-03T09:00:00Z", { category: "phone" }),
  csi("s1", 2, "2026-11-02T08:00:00Z", 16),
  csi("s2", 2, "2026-11-13T08:00:00Z", 11),
  hurt("flag", 1, "2026-11-15T09:00:00Z", { repaired: true }, { safetyFlag: true }),
];

describe("findHighlights", () => {
  it("orders urgent, then attention, then info, and by rule within a severity", () => {
    const found = findHighlights({ ...twoWeeks, entries: mixed });
    expect(found.map((h) => [h.severity, h.rule])).toEqual([
      ["urgent", "safety_flag"],
      ["attention", "csi_cutoff"],
      ["attention", "unrepaired"],
      ["attention", "pursuer_pattern"],
      ["info", "same_moment"],
    ]);
  });

  it("gives the same answer whatever order the entries come in", () => {
    const forwards = findHighlights({ ...twoWeeks, entries: mixed });
    const backwards = findHighlights({ ...twoWeeks, entries: [...mixed].reverse() });
    expect(backwards).toEqual(forwards);
  });

  it("writes days in the practice's style, on the couple's calendar", () => {
    const texts = (source: Parameters<typeof findHighlights>[0]) =>
      findHighlights(source).map((h) => h.text);
    const us = texts({ ...twoWeeks, entries: mixed });
    expect(us.find((t) => t.includes("don't feel safe"))).toContain("(Nov 15)");
    const international = texts({ ...twoWeeks, dateStyle: "international", entries: mixed });
    expect(international.find((t) => t.includes("don't feel safe"))).toContain("(15 Nov)");
    // 09:00 UTC on Nov 15 is still the evening of Nov 14 in Honolulu.
    const honolulu = texts({ ...twoWeeks, timeZone: "Pacific/Honolulu", entries: mixed });
    expect(honolulu.find((t) => t.includes("don't feel safe"))).toContain("(Nov 14)");
  });

  it("finds nothing in an empty period and ignores entries after it", () => {
    expect(findHighlights({ ...twoWeeks, entries: [] })).toEqual([]);
    const later = ["16", "17", "18"].map((d) =>
      hurt(`h${d}`, 1, `2026-11-${d}T09:00:00Z`, {}, { safetyFlag: true }),
    );
    expect(findHighlights({ ...twoWeeks, entries: later })).toEqual([]);
  });

  it("keeps every threshold in one config that the rules read", () => {
    expect(highlightRules).toMatchObject({
      lookbackDays: 14,
      repeatedCategory: { minCount: 3, windowDays: 14 },
      repeatedStory: { minCount: 3 },
      unrepaired: { afterDays: 7 },
      rolePattern: { minMaps: 3, minShare: 0.7 },
      bothPattern: { minSaid: 2 },
      sameMoment: { withinHours: 12 },
      csiChange: { minPoints: 3 },
    });
    const twice = [hurt("a", 1, "2026-11-03T09:00:00Z"), hurt("b", 1, "2026-11-04T09:00:00Z")];
    const strict = {
      ...highlightRules,
      repeatedCategory: { ...highlightRules.repeatedCategory, minCount: 2 },
    };
    expect(findHighlights({ ...twoWeeks, entries: twice }, strict).map((h) => h.rule)).toContain(
      "repeated_category",
    );
    expect(findHighlights({ ...twoWeeks, entries: twice }).map((h) => h.rule)).not.toContain(
      "repeated_category",
    );
  });

  it("works when only one partner logs", () => {
    const alone = ["03", "05", "07"].map((d) =>
      hurt(`h${d}`, 2, `2026-11-${d}T09:00:00Z`, { repaired: true }),
    );
    const found = findHighlights({ ...twoWeeks, entries: alone });
    expect(found.map((h) => [h.rule, h.positions])).toEqual([["repeated_category", [2]]]);
    expect(found[0]?.text).toMatch(/^Sam logged/);
  });
});
