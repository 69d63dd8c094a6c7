import { describe, expect, it } from "vitest";
import { findHighlights } from "../highlights";
import { bid, cycle, hurt, twoWeeks } from "../test-support";
import type { TimelineEntry } from "../types";

const find = (entries: TimelineEntry[], rule: string) =>
  findHighlights({ ...twoWeeks, entries }).filter((h) => h.rule === rule);

describe("pursuer pattern", () => {
  it("fires when a partner pursued in at least 70% of 3 or more of their cycle maps", () => {
    const entries = [
      cycle("a", 1, "2026-11-02T20:00:00Z", "pursue"),
      cycle("b", 1, "2026-11-05T20:00:00Z", "pursue"),
      cycle("c", 1, "2026-11-09T20:00:00Z", "withdraw"),
      cycle("d", 1, "2026-11-12T20:00:00Z", "pursue"),
      cycle("e", 2, "2026-11-12T20:30:00Z", "withdraw"),
    ];
    expect(find(entries, "pursuer_pattern")).toEqual([
      {
        rule: "pursuer_pattern",
        text: "Alex was the one pursuing in 3 of 4 cycle maps",
        because:
          "One partner in the pursuer role in 70% or more of at least 3 cycle maps they logged in the period.",
        entryIds: ["a", "b", "c", "d"],
        positions: [1],
        severity: "attention",
      },
    ]);
  });

  it("does not fire below 70% or below 3 maps, or on maps before the period", () => {
    const twoOfThree = [
      cycle("a", 1, "2026-11-02T20:00:00Z", "pursue"),
      cycle("b", 1, "2026-11-05T20:00:00Z", "pursue"),
      cycle("c", 1, "2026-11-09T20:00:00Z", "withdraw"),
    ];
    expect(find(twoOfThree, "pursuer_pattern")).toEqual([]);
    const twoOfTwo = [
      cycle("a", 2, "2026-10-30T20:00:00Z", "pursue"),
      cycle("b", 2, "2026-11-05T20:00:00Z", "pursue"),
      cycle("c", 2, "2026-11-09T20:00:00Z", "pursue"),
    ];
    expect(find(twoOfTwo, "pursuer_pattern")).toEqual([]);
  });
});

describe("withdrawer pattern", () => {
  it("names the partner who pulled back in most of their maps, like the pursuer", () => {
    const entries = [
      cycle("a", 2, "2026-11-02T20:00:00Z", "withdraw"),
      cycle("b", 2, "2026-11-05T20:00:00Z", "withdraw"),
      cycle("c", 2, "2026-11-09T20:00:00Z", "withdraw"),
      cycle("d", 1, "2026-11-10T20:00:00Z", "pursue"),
    ];
    expect(find(entries, "withdrawer_pattern")).toEqual([
      {
        rule: "withdrawer_pattern",
        text: "Sam was the one pulling back in 3 of 3 cycle maps",
        because:
          "One partner in the withdrawer role in 70% or more of at least 3 cycle maps they logged in the period.",
        entryIds: ["a", "b", "c"],
        positions: [2],
        severity: "attention",
      },
    ]);
    expect(find(entries, "pursuer_pattern")).toEqual([]);
  });

  it("fires beside the pursuer pattern when each partner holds one side", () => {
    const entries = [
      ...["02", "05", "09"].map((d) => cycle(`p${d}`, 1, `2026-11-${d}T20:00:00Z`, "pursue")),
      ...["03", "06", "10"].map((d) => cycle(`w${d}`, 2, `2026-11-${d}T20:00:00Z`, "withdraw")),
    ];
    const rules = findHighlights({ ...twoWeeks, entries }).map((h) => h.rule);
    expect(rules).toEqual(["pursuer_pattern", "withdrawer_pattern"]);
  });
});

describe("both pursue", () => {
  it("fires when two maps say “We both pushed”", () => {
    const entries = [
      cycle("a", 1, "2026-11-03T20:00:00Z", "pursue", "pursue"),
      cycle("b", 2, "2026-11-08T20:00:00Z", "pursue", "pursue"),
      cycle("c", 2, "2026-11-12T20:00:00Z", "withdraw", "pursue"),
    ];
    expect(find(entries, "both_pursue")).toEqual([
      {
        rule: "both_pursue",
        text: "Alex and Sam both pushed: “We both pushed” in 2 cycle maps (Nov 3 to Nov 8)",
        because:
          "2 or more cycle maps in the period saying “We both pushed”, or each partner in that role in 70% or more of at least 3 of their own maps: a cycle that escalates, with no one slowing it down.",
        entryIds: ["a", "b"],
        positions: [1, 2],
        severity: "attention",
      },
    ]);
  });

  it("fires instead of two pursuer patterns when each partner pursues in most of their maps", () => {
    const entries = [
      ...["02", "05", "09"].map((d) => cycle(`a${d}`, 1, `2026-11-${d}T20:00:00Z`, "pursue")),
      ...["03", "06", "10"].map((d) => cycle(`s${d}`, 2, `2026-11-${d}T20:00:00Z`, "pursue")),
    ];
    const found = findHighlights({ ...twoWeeks, entries });
    expect(found.map((h) => h.rule)).toEqual(["both_pursue"]);
    expect(found[0]?.text).toBe(
      "Alex and Sam both pushed: each pursued in 3 of 3 and 3 of 3 of their own maps (Nov 2 to Nov 10)",
    );
  });

  it("does not fire on one map saying it, nor on maps before the period", () => {
    expect(
      find([cycle("a", 1, "2026-11-03T20:00:00Z", "pursue", "pursue")], "both_pursue"),
    ).toEqual([]);
    const before = [
      cycle("a", 1, "2026-10-28T20:00:00Z", "pursue", "pursue"),
      cycle("b", 2, "2026-11-03T20:00:00Z", "pursue", "pursue"),
    ];
    expect(find(before, "both_pursue")).toEqual([]);
  });
});

describe("both withdraw: the quiet drift", () => {
  it("fires when two maps say “We both pulled back”", () => {
    const entries = [
      cycle("a", 2, "2026-11-04T20:00:00Z", "withdraw", "withdraw"),
      cycle("b", 1, "2026-11-11T20:00:00Z", "withdraw", "withdraw"),
    ];
    expect(find(entries, "both_withdraw")).toEqual([
      {
        rule: "both_withdraw",
        text: "Alex and Sam both pulled back, the quiet drift: “We both pulled back” in 2 cycle maps (Nov 4 to Nov 11)",
        because:
          "2 or more cycle maps in the period saying “We both pulled back”, or each partner in that role in 70% or more of at least 3 of their own maps: the quiet drift, easy to miss because nothing flares.",
        entryIds: ["a", "b"],
        positions: [1, 2],
        severity: "attention",
      },
    ]);
  });

  it("fires when each partner withdraws in most of their own maps, and not the withdrawer pattern", () => {
    const entries = [
      ...["02", "05", "09"].map((d) => cycle(`a${d}`, 1, `2026-11-${d}T20:00:00Z`, "withdraw")),
      cycle("s1", 2, "2026-11-03T20:00:00Z", "withdraw", "withdraw"),
      cycle("s2", 2, "2026-11-06T20:00:00Z", "withdraw"),
      cycle("s3", 2, "2026-11-10T20:00:00Z", "withdraw"),
    ];
    const found = findHighlights({ ...twoWeeks, entries }).filter((h) => h.rule !== "same_moment");
    expect(found.map((h) => h.rule)).toEqual(["both_withdraw"]);
    expect(found[0]?.text).toBe(
      "Alex and Sam both pulled back, the quiet drift: “We both pulled back” in 1 cycle map; each withdrew in 3 of 3 and 3 of 3 of their own maps (Nov 2 to Nov 10)",
    );
  });

  it("is not read into maps that only say one partner withdrew", () => {
    const entries = [
      cycle("a", 1, "2026-11-04T20:00:00Z", "withdraw", "pursue"),
      cycle("b", 2, "2026-11-11T20:00:00Z", "withdraw"),
    ];
    expect(find(entries, "both_withdraw")).toEqual([]);
  });
});

describe("same moment", () => {
  it("fires when both partners log a hurt or cycle map within 12 hours", () => {
    const entries = [
      hurt("a", 1, "2026-11-10T20:00:00Z", { category: "tone" }),
      cycle("b", 2, "2026-11-11T08:00:00Z", "withdraw"),
    ];
    expect(find(entries, "same_moment")).toEqual([
      {
        rule: "same_moment",
        text: "Within 12 hours (Nov 10 to Nov 11), Alex logged a micro-hurt (“Tone”); Sam logged a cycle map (withdrew)",
        because:
          "Both partners logged a micro-hurt or cycle map within 12 hours of each other: possibly one moment seen two ways.",
        entryIds: ["a", "b"],
        positions: [1, 2],
        severity: "info",
      },
    ]);
  });

  it("does not fire 13 hours apart, for one partner alone, or for bids", () => {
    const apart = [
      hurt("a", 1, "2026-11-10T07:00:00Z"),
      cycle("b", 2, "2026-11-10T20:00:00Z", "pursue"),
    ];
    expect(find(apart, "same_moment")).toEqual([]);
    const alone = [
      hurt("a", 1, "2026-11-10T07:00:00Z"),
      cycle("b", 1, "2026-11-10T08:00:00Z", "pursue"),
    ];
    expect(find(alone, "same_moment")).toEqual([]);
    const bids = [
      bid("a", 1, "2026-11-10T07:00:00Z", "away"),
      bid("b", 2, "2026-11-10T08:00:00Z", "away"),
    ];
    expect(find(bids, "same_moment")).toEqual([]);
  });

  it("groups entries within one 12-hour stretch and keeps distant ones apart", () => {
    const entries = [
      cycle("a", 1, "2026-11-05T08:00:00Z", "pursue"),
      hurt("b", 2, "2026-11-05T18:00:00Z"),
      hurt("c", 1, "2026-11-05T19:00:00Z", { category: "tone" }),
      hurt("d", 1, "2026-11-12T04:00:00Z"),
      hurt("e", 2, "2026-11-12T05:00:00Z"),
      hurt("f", 2, "2026-11-14T05:00:00Z"),
    ];
    const found = find(entries, "same_moment");
    expect(found.map((h) => h.entryIds)).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
    expect(found[0]?.text).toBe(
      "Within 12 hours (Nov 5), Alex logged a cycle map (pursued) and a micro-hurt (“Tone”); Sam logged a micro-hurt (“Phone or distraction”)",
    );
  });

  it("does not chain days of back-and-forth logging into one moment", () => {
    const entries = [0, 1, 2, 3, 4, 5].map((i) =>
      hurt(
        `h${i}`,
        i % 2 === 0 ? 1 : 2,
        new Date(Date.parse("2026-11-05T00:00:00Z") + i * 10 * 3600e3).toISOString(),
      ),
    );
    const found = find(entries, "same_moment");
    expect(found.map((h) => h.entryIds)).toEqual([
      ["h0", "h1"],
      ["h2", "h3"],
      ["h4", "h5"],
    ]);
  });

  it("needs one of the pair inside the period", () => {
    const entries = [hurt("a", 1, "2026-11-01T20:00:00Z"), hurt("b", 2, "2026-11-01T21:00:00Z")];
    expect(find(entries, "same_moment")).toEqual([]);
    const straddling = [hurt("a", 1, "2026-11-01T20:00:00Z"), hurt("b", 2, "2026-11-02T01:00:00Z")];
    expect(find(straddling, "same_moment")[0]?.entryIds).toEqual(["a", "b"]);
  });
});
