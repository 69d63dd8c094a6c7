import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { chartWindow, sessionDatesWithin } from "./chart-window";
import { csiChart } from "./charts/csi-chart";
import { hurtsChart } from "./charts/hurts-chart";
import { timelineCharts } from "./charts/timeline-charts";
import { csi, hurt, twoWeeks } from "./test-support";
import { startOfLocalDay, weekBuckets } from "./weeks";

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
/** Local dates, both included, as the period the server resolves. */
const days = (first: string, afterLast: string, timeZone = "UTC") => ({
  from: startOfLocalDay(first, timeZone),
  to: startOfLocalDay(afterLast, timeZone),
});

describe("chartWindow", () => {
  it("gives a six-day period eight Monday weeks, ending with the period's own end", () => {
    // Tuesday 24 – Sunday 29 November 2026
    const period = days("2026-11-24", "2026-11-30");
    const window = chartWindow(period, "UTC");
    expect(window).toEqual({ from: utc("2026-10-05"), to: period.to });
    const weeks = weekBuckets(window, "UTC").map((w) => w.label);
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)).toBe("2026-11-23");
  });

  it("counts a short period across two weeks as the last two of the eight", () => {
    // Thursday 19 – Tuesday 24 November: six days over two calendar weeks
    const window = chartWindow(days("2026-11-19", "2026-11-25"), "UTC");
    const weeks = weekBuckets(window, "UTC").map((w) => w.label);
    expect(weeks).toHaveLength(8);
    expect(weeks.slice(-2)).toEqual(["2026-11-16", "2026-11-23"]);
  });

  it("keeps a 12-week period whole and draws a longer one whole too", () => {
    const twelve = days("2026-09-07", "2026-11-30");
    expect(weekBuckets(chartWindow(twelve, "UTC"), "UTC")).toHaveLength(12);
    const twenty = days("2026-07-13", "2026-11-30");
    const window = chartWindow(twenty, "UTC");
    expect(window).toEqual(twenty);
    expect(weekBuckets(window, "UTC")).toHaveLength(20);
  });

  it("starts on a local Monday midnight across a daylight-saving change", () => {
    // Chicago leaves daylight time on Sunday 1 November 2026.
    const period = days("2026-11-24", "2026-11-30", "America/Chicago");
    const window = chartWindow(period, "America/Chicago");
    expect(window.from).toEqual(new Date("2026-10-05T05:00:00Z"));
    expect(weekBuckets(window, "America/Chicago")).toHaveLength(8);
  });
});

describe("sessionDatesWithin", () => {
  it("keeps the window's session dates once each, oldest first", () => {
    const window = { from: utc("2026-10-05"), to: utc("2026-11-30") };
    expect(
      sessionDatesWithin(
        ["2026-11-23", "2026-10-04", "2026-10-05", "2026-11-23", "2026-11-30", "2026-11-29"],
        window,
        "UTC",
      ),
    ).toEqual(["2026-10-05", "2026-11-23", "2026-11-29"]);
  });
});

describe("charts of a six-day period", () => {
  // Tuesday 24 – Sunday 29 November; sessions on Nov 9 and Nov 23, and one long before.
  const timeline = buildTimeline({
    ...twoWeeks,
    period: days("2026-11-24", "2026-11-30"),
    now: new Date("2026-11-30T09:00:00Z"),
    sessionDates: ["2026-06-01", "2026-11-09", "2026-11-23"],
    entries: [
      hurt("before", 1, "2026-11-10T09:00:00Z", { category: "tone" }),
      hurt("in", 2, "2026-11-25T09:00:00Z", { category: "tone" }),
      csi("s1", 1, "2026-11-12T08:00:00Z", 14),
      csi("s2", 1, "2026-11-26T08:00:00Z", 11),
    ],
    assignments: [],
  });
  const model = hurtsChart(timeline);
  const step = model.plot.width / 8; // eight week slots tile the plot

  it("draws a bar for each week with hurts, not one bar for the whole chart", () => {
    expect(model.xTicks).toHaveLength(8);
    expect(model.bars.map((b) => b.label)).toEqual([
      "Week of Nov 9: Tone 1",
      "Week of Nov 23: Tone 1",
    ]);
    // The summary still speaks of the period alone.
    expect(model.summary).toMatch(/^1 micro-hurt in this period/);
  });

  it("shades the six days of the period: Tuesday to Sunday of the last week", () => {
    const lastBar = model.bars.at(-1)!;
    const slotStart = lastBar.x - (0.25 * step) / 2;
    expect(model.shade?.x).toBeCloseTo(slotStart + step / 7, 1);
    expect(model.shade?.width).toBeCloseTo((6 / 7) * step, 1);
    expect(model.shade).toMatchObject({
      y: model.plot.y,
      height: model.plot.height,
      label: "This period, Nov 24 – Nov 29",
    });
    expect(model.legend.map((l) => l.label).slice(-2)).toEqual(["This period", "Session"]);
  });

  it("marks the sessions in the window on their day, and leaves out older ones", () => {
    expect(model.sessions.map((s) => s.label)).toEqual(["Session on Nov 9", "Session on Nov 23"]);
    const [nov9, nov23] = model.sessions;
    // A Monday's mark sits in the first seventh of its week's slot.
    const firstBar = model.bars[0]!;
    expect(nov9!.x).toBeCloseTo(firstBar.x - (0.25 * step) / 2 + step / 14, 1);
    expect(nov23!.x - nov9!.x).toBeCloseTo(2 * step, 1);
  });

  it("shades the same days on the CSI-4 chart's time axis and plots the earlier score", () => {
    const csiModel = csiChart(timeline);
    const hours = 8 * 7 * 24;
    const at = (hoursIn: number) => csiModel.plot.x + (hoursIn / hours) * csiModel.plot.width;
    expect(csiModel.shade?.x).toBeCloseTo(at((7 * 7 + 1) * 24), 1);
    expect(csiModel.shade?.width).toBeCloseTo(at(8 * 7 * 24) - at((7 * 7 + 1) * 24), 1);
    expect(csiModel.points.map((p) => p.label)).toEqual(["Alex, Nov 12: 14", "Alex, Nov 26: 11"]);
    expect(csiModel.sessions).toHaveLength(2);
  });

  it("gives every chart the same shade and session marks' legend", () => {
    for (const chart of timelineCharts(timeline)) {
      expect(chart.shade?.label).toBe("This period, Nov 24 – Nov 29");
      expect(chart.sessions).toHaveLength(2);
    }
  });

  it("leaves the shade out when the period fills the whole chart", () => {
    const whole = buildTimeline({
      ...twoWeeks,
      period: days("2026-07-13", "2026-11-30"),
      entries: [],
      assignments: [],
    });
    expect(hurtsChart(whole).shade).toBeUndefined();
    expect(hurtsChart(whole).legend).toEqual([]);
  });
});
