import { describe, expect, it } from "vitest";
import { findHighlights } from "../highlights";
import { hurt, twoWeeks } from "../test-support";
import type { TimelineEntry } from "../types";

const find = (entries: TimelineEntry[], rule: string) =>
  findHighlights({ ...twoWeeks, entries }).filter((h) => h.rule === rule);

describe("repeated category", () => {
  it("fires when one partner logs the same category 3 times within 14 days", () => {
    const entries = [
      hurt("a", 1, "2026-11-02T09:00:00Z", { category: "phone" }),
      hurt("b", 1, "2026-11-08T09:00:00Z", { category: "phone" }),
      hurt("c", 1, "2026-11-15T08:59:00Z", { category: "phone" }),
      hurt("d", 1, "2026-11-09T09:00:00Z", { category: "tone" }),
    ];
    expect(find(entries, "repeated_category")).toEqual([
      {
        rule: "repeated_category",
        text: "Alex logged “Phone or distraction” 3 times within 14 days (Nov 2 to Nov 15)",
        because: "The same kind of moment logged 3 or more times within 14 days by one partner.",
        entryIds: ["a", "b", "c"],
        positions: [1],
        severity: "attention",
        topic: "Phone or distraction",
      },
    ]);
  });

  it("does not fire when the first and third are 14 days apart", () => {
    const entries = [
      hurt("a", 1, "2026-11-01T09:00:00Z", { category: "phone" }),
      hurt("b", 1, "2026-11-08T09:00:00Z", { category: "phone" }),
      hurt("c", 1, "2026-11-15T09:00:00Z", { category: "phone" }),
    ];
    expect(find(entries, "repeated_category")).toEqual([]);
  });

  it("does not add up the two partners' moments", () => {
    const entries = [
      hurt("a", 1, "2026-11-03T09:00:00Z", { category: "tone" }),
      hurt("b", 1, "2026-11-04T09:00:00Z", { category: "tone" }),
      hurt("c", 2, "2026-11-05T09:00:00Z", { category: "tone" }),
    ];
    expect(find(entries, "repeated_category")).toEqual([]);
  });

  it("looks back 14 days before the period, but needs one of them inside it", () => {
    const earlier = [
      hurt("a", 2, "2026-10-25T09:00:00Z", { category: "tone" }),
      hurt("b", 2, "2026-10-28T09:00:00Z", { category: "tone" }),
    ];
    const inside = hurt("c", 2, "2026-11-03T09:00:00Z", { category: "tone" });
    expect(find([...earlier, inside], "repeated_category")[0]?.entryIds).toEqual(["a", "b", "c"]);
    const before = hurt("z", 2, "2026-10-22T09:00:00Z", { category: "tone" });
    expect(find([before, ...earlier], "repeated_category")).toEqual([]);
  });

  it("reports the densest 14 days", () => {
    const days = ["2026-11-02", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-15"];
    const entries = days.map((day, i) =>
      hurt(`h${i}`, 1, `${day}T09:00:00Z`, { category: "tone" }),
    );
    const [highlight] = find(entries, "repeated_category");
    expect(highlight?.entryIds).toEqual(["h0", "h1", "h2", "h3", "h4"]);
    const spread = ["2026-10-20", "2026-10-30", "2026-11-05", "2026-11-06", "2026-11-12"].map(
      (day, i) => hurt(`s${i}`, 1, `${day}T09:00:00Z`, { category: "tone" }),
    );
    expect(find(spread, "repeated_category")[0]?.entryIds).toEqual(["s1", "s2", "s3", "s4"]);
  });

  it("ignores “Something else”, which is not one repeated thing", () => {
    const entries = ["02", "03", "04"].map((d) =>
      hurt(d, 1, `2026-11-${d}T09:00:00Z`, { category: "other" }),
    );
    expect(find(entries, "repeated_category")).toEqual([]);
  });
});

describe("repeated story", () => {
  const story = (id: string, at: string, value = "not_a_priority") =>
    hurt(id, 2, at, { category: "tone", story: value });

  it("fires when one partner tells the same story 3 times in the period", () => {
    const entries = [
      story("a", "2026-11-02T09:00:00Z"),
      story("b", "2026-11-06T09:00:00Z"),
      story("c", "2026-11-14T09:00:00Z"),
      story("d", "2026-11-15T09:00:00Z", "on_my_own"),
    ];
    expect(find(entries, "repeated_story")).toEqual([
      {
        rule: "repeated_story",
        text: "Sam's story “I'm not a priority” came up 3 times in this period",
        because: "The same story told 3 or more times in the period by one partner.",
        entryIds: ["a", "b", "c"],
        positions: [2],
        severity: "attention",
        topic: "I'm not a priority",
      },
    ]);
  });

  it("counts only the period, and not “My own words”", () => {
    const entries = [
      story("a", "2026-10-30T09:00:00Z"),
      story("b", "2026-11-06T09:00:00Z"),
      story("c", "2026-11-14T09:00:00Z"),
      story("x", "2026-11-03T09:00:00Z", "other"),
      story("y", "2026-11-04T09:00:00Z", "other"),
      story("z", "2026-11-05T09:00:00Z", "other"),
    ];
    expect(find(entries, "repeated_story")).toEqual([]);
  });
});
