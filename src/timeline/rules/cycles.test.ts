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
