import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { assignment, bid, csi, cycle, hurt, twoWeeks } from "./test-support";
import type { TimelineInput } from "./types";

const input = (
  entries: TimelineInput["entries"],
  extra: Partial<TimelineInput> = {},
): TimelineInput => ({
  ...twoWeeks,
  entries,
  assignments: [],
  ...extra,
});

describe("buildTimeline", () => {
  it("ties the period's weeks, aggregates, key numbers, highlights and focus together", () => {
    const entries = [
      hurt("prev", 1, "2026-10-22T09:00:00Z", { repaired: true, minutesToRepair: 60 }),
      csi("s0", 2, "2026-10-26T08:00:00Z", 16),
      hurt("h1", 1, "2026-11-03T09:00:00Z", {
        category: "tone",
        repaired: true,
        minutesToRepair: 20,
      }),
      hurt("h2", 1, "2026-11-09T08:00:00Z", { category: "tone" }),
      bid("b1", 2, "2026-11-11T09:00:00Z", "toward"),
      cycle("c1", 2, "2026-11-12T09:00:00Z", "withdraw"),
      csi("s1", 2, "2026-11-13T08:00:00Z", 12),
      hurt("after", 1, "2026-11-16T08:00:00Z"),
    ];
    const timeline = buildTimeline(
      input(entries, {
        assignments: [assignment("a", "weekly", "2026-11-01T00:00:00Z", { partnerPositions: [2] })],
      }),
    );
    expect(timeline.previous).toEqual({
      from: new Date("2026-10-19T00:00:00Z"),
      to: twoWeeks.period.from,
    });
    // The charts' rows cover eight weeks ending with the period's: the previous period's hurt
    // and CSI-4 score show there too, but not what came after the period.
    expect(timeline.chartWindow).toEqual({
      from: new Date("2026-09-21T00:00:00Z"),
      to: twoWeeks.period.to,
    });
    expect(timeline.weeks.map((w) => w.label).slice(-3)).toEqual([
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
    ]);
    expect(timeline.entries.map((e) => e.id)).toEqual(["h1", "h2", "b1", "c1", "s1"]);
    expect(timeline.hurts.map((w) => w.total)).toEqual([0, 0, 0, 0, 1, 0, 1, 1]);
    expect(timeline.repair.map((w) => w.share).slice(-2)).toEqual([1, 0]);
    expect(timeline.bids[7]).toMatchObject({ toward: 1, away: 0, against: 0 });
    expect(timeline.cycles[7]?.roles[2]).toEqual({ pursue: 0, withdraw: 1 });
    expect(timeline.csi.map((p) => p.entryId)).toEqual(["s0", "s1"]);
    expect(timeline.completion.map((w) => w.byPartner[2]).slice(-3)).toEqual([
      { done: 0, expected: 1 },
      { done: 0, expected: 1 },
      { done: 0, expected: 1 },
    ]);
    expect(timeline.keyNumbers.current).toMatchObject({
      hurts: 2,
      repairRate: 0.5,
      csi: { 1: null, 2: 12 },
    });
    expect(timeline.keyNumbers.previous).toMatchObject({
      hurts: 1,
      medianMinutesToRepair: 60,
      csi: { 1: null, 2: 16 },
    });
    expect(timeline.highlights.map((h) => h.rule)).toEqual(["csi_cutoff", "unrepaired"]);
    expect(timeline.focus.map((f) => f.from)).toEqual([["csi_cutoff"], ["unrepaired"]]);
  });

  it("gives a sensible empty timeline for a period with nothing logged", () => {
    const timeline = buildTimeline(input([]));
    expect(timeline.entries).toEqual([]);
    expect(timeline.hurts.map((w) => w.total)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(timeline.csi).toEqual([]);
    expect(timeline.keyNumbers.current.hurts).toBe(0);
    expect(timeline.highlights).toEqual([]);
    expect(timeline.focus).toEqual([]);
  });

  it("does not reorder or change the input entries", () => {
    const entries = [hurt("b", 1, "2026-11-04T09:00:00Z"), hurt("a", 1, "2026-11-03T09:00:00Z")];
    buildTimeline(input(entries));
    expect(entries.map((e) => e.id)).toEqual(["b", "a"]);
  });
});
