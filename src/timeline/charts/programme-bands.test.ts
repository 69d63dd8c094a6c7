import { describe, expect, it } from "vitest";
import { buildTimeline } from "../build-timeline";
import type { ProgrammeWeekSpan } from "../programme-weeks";
import { hurt, twoWeeks } from "../test-support";
import { addDays } from "../weeks";
import { timelineCharts } from "./timeline-charts";
import type { ChartModel } from "./types";

/** Six weeks from `startsOn`, seven days each, with the statuses given (assigned otherwise). */
function sixWeeks(
  startsOn: string,
  statuses: Partial<Record<number, ProgrammeWeekSpan["status"]>> = {},
): ProgrammeWeekSpan[] {
  return [1, 2, 3, 4, 5, 6].map((weekNumber) => ({
    id: `week-${weekNumber}`,
    runId: "run",
    runTitle: "Six weeks to reconnect",
    weekNumber,
    weekCount: 6,
    title: `Title ${weekNumber}`,
    startsOn: addDays(startsOn, 7 * (weekNumber - 1)),
    endsOn: addDays(startsOn, 7 * weekNumber - 1),
    status: statuses[weekNumber] ?? "assigned",
  }));
}

const withWeeks = (programmeWeeks: ProgrammeWeekSpan[]) =>
  buildTimeline({
    ...twoWeeks,
    entries: [hurt("h1", 1, "2026-11-03T09:00:00Z", { category: "tone", intensity: 3 })],
    assignments: [],
    programmeWeeks,
  });

const bandsOf = (model: ChartModel | undefined) => model?.programmeBands ?? [];

describe("programme week bands", () => {
  // The chart window is the 8 Monday weeks from Sep 21 to Nov 15, 2026 (UTC).
  it("draws a band per week on the time axis, in order, side by side, above the plot", () => {
    // Starts on a Wednesday: the bands sit across the Monday-week bars, not on them.
    const [hurts, , , , csi] = timelineCharts(withWeeks(sixWeeks("2026-09-30")));
    for (const chart of [hurts, csi]) {
      const bands = bandsOf(chart);
      expect(bands.map((b) => b.text)).toEqual([
        "Week 1",
        "Week 2",
        "Week 3",
        "Week 4",
        "Week 5",
        "Week 6",
      ]);
      const plot = chart!.plot;
      for (const [i, band] of bands.entries()) {
        expect(band.y).toBeGreaterThanOrEqual(0);
        expect(band.y + band.height).toBeLessThanOrEqual(plot.y);
        expect(band.x).toBeGreaterThanOrEqual(plot.x);
        expect(band.x + band.width).toBeLessThanOrEqual(plot.x + plot.width);
        const next = bands[i + 1];
        // Neighbours touch but for a hair's gap, and alternate fills.
        if (next) {
          expect(next.x - (band.x + band.width)).toBeGreaterThanOrEqual(0);
          expect(next.x - (band.x + band.width)).toBeLessThan(2);
          expect(next.fill).not.toBe(band.fill);
        }
      }
      // Seven days of an eight-week plot, each.
      expect(bands[0]!.width).toBeCloseTo(plot.width / 8, -1);
      expect(bands[0]!.label).toBe("Week 1 of 6: Title 1, Sep 30 – Oct 6");
    }
    // Week 1 starts on the third day of the week of Sep 28 (the second week of the window).
    const band = bandsOf(hurts)[0]!;
    const slot = hurts!.plot.width / 8;
    expect(band.x).toBeCloseTo(hurts!.plot.x + slot + (2 / 7) * slot, -1);
    expect(hurts!.legend.map((l) => l.label)).toContain("Programme week (band above)");
  });

  it("leaves skipped and cancelled weeks out of the bands but keeps them in the list", () => {
    const timeline = withWeeks(sixWeeks("2026-09-28", { 3: "skipped", 6: "cancelled" }));
    const [hurts] = timelineCharts(timeline);
    expect(bandsOf(hurts).map((b) => b.text)).toEqual(["Week 1", "Week 2", "Week 4", "Week 5"]);
    expect(timeline.programmeWeeks.map((w) => [w.weekNumber, w.status])).toEqual([
      [1, "assigned"],
      [2, "assigned"],
      [3, "skipped"],
      [4, "assigned"],
      [5, "assigned"],
      [6, "cancelled"],
    ]);
  });

  it("clips weeks at the window's edges and drops those outside it", () => {
    // Weeks 1-2 end before the window (Sep 21); week 3 (Sep 16-22) shows its last two days.
    const timeline = withWeeks(sixWeeks("2026-09-02"));
    expect(timeline.programmeWeeks.map((w) => w.weekNumber)).toEqual([3, 4, 5, 6]);
    const [hurts] = timelineCharts(timeline);
    const bands = bandsOf(hurts);
    expect(bands[0]!.text).toBe("3");
    expect(bands[0]!.label).toMatch(/^Week 3 of 6/);
    expect(bands[0]!.width).toBeCloseTo((2 / 7) * (hurts!.plot.width / 8) - 1, 0);
    expect(bands[0]!.x).toBeCloseTo(hurts!.plot.x + 0.5, 1);
    const later = withWeeks(sixWeeks("2026-11-12"));
    const [laterHurts] = timelineCharts(later);
    const last = bandsOf(laterHurts).at(-1)!;
    expect(last.text).toBe("1");
    expect(last.x + last.width).toBeCloseTo(laterHurts!.plot.x + laterHurts!.plot.width - 0.5, 1);
  });

  it("draws no band and adds no legend without a programme", () => {
    const [hurts] = timelineCharts(withWeeks([]));
    expect(hurts!.programmeBands).toBeUndefined();
    expect(hurts!.legend.map((l) => l.label)).not.toContain("Programme week (band above)");
  });

  it("names narrow bands by number only, or not at all, keeping the full label", () => {
    const timeline = withWeeks(sixWeeks("2026-10-05"));
    const [hurts] = timelineCharts(timeline, { width: 200, height: 120 });
    const bands = bandsOf(hurts);
    expect(bands).toHaveLength(6);
    for (const band of bands) {
      expect(band.text).not.toMatch(/Week/);
      expect(band.label).toMatch(/^Week \d of 6: Title \d/);
    }
  });
});
