import { describe, expect, it } from "vitest";
import { buildTimeline } from "../build-timeline";
import { twoWeeks } from "../test-support";
import { sampleTimeline } from "./chart-fixtures";
import { okabeIto } from "./palette";
import { timelineCharts } from "./timeline-charts";
import type { ChartModel } from "./types";

const empty = buildTimeline({ ...twoWeeks, entries: [], assignments: [] });

function insidePlot(model: ChartModel) {
  const { plot } = model;
  for (const bar of model.bars) {
    expect(bar.x).toBeGreaterThanOrEqual(plot.x);
    expect(bar.x + bar.width).toBeLessThanOrEqual(plot.x + plot.width + 0.01);
    expect(bar.y).toBeGreaterThanOrEqual(plot.y - 0.01);
    expect(bar.y + bar.height).toBeLessThanOrEqual(plot.y + plot.height + 0.01);
  }
}

describe("timelineCharts", () => {
  it("gives the six charts in a fixed order, all drawn inside their plot", () => {
    const charts = timelineCharts(sampleTimeline());
    expect(charts.map((c) => c.id)).toEqual([
      "hurts",
      "repair",
      "bids",
      "cycles",
      "csi",
      "completion",
    ]);
    for (const chart of charts) {
      expect(chart.empty).toBe(false);
      expect(chart.xTicks.length).toBeGreaterThan(0);
      expect(chart.yTicks.length).toBeGreaterThan(0);
      expect(chart.summary).toMatch(/\.$/);
      insidePlot(chart);
    }
  });

  it("marks every chart empty for a period with nothing logged, keeping axes to draw", () => {
    const charts = timelineCharts(empty);
    for (const chart of charts) {
      expect(chart.empty).toBe(true);
      expect(chart.bars).toEqual([]);
      expect(chart.lines).toEqual([]);
      expect(chart.points).toEqual([]);
      // The two weeks of the period, after the six before them that make up the charts' eight.
      expect(chart.xTicks.map((t) => t.label)).toEqual([
        "Sep 21",
        "Sep 28",
        "Oct 5",
        "Oct 12",
        "Oct 19",
        "Oct 26",
        "Nov 2",
        "Nov 9",
      ]);
      expect(chart.yTicks.length).toBeGreaterThan(1);
    }
    expect(charts.map((c) => c.summary)).toEqual([
      "No micro-hurts were logged in this period.",
      "No micro-hurts were logged, so nothing to repair.",
      "No bids for connection were logged in this period.",
      "No cycle maps were logged in this period.",
      "No CSI-4 scores were recorded in this period.",
      "No homework with a set number of entries was asked in this period.",
    ]);
  });

  it("takes a size, for the PDF's narrower page", () => {
    const [hurts] = timelineCharts(sampleTimeline(), { width: 480, height: 200 });
    expect(hurts).toMatchObject({ width: 480, height: 200 });
    expect(hurts!.plot.x + hurts!.plot.width).toBeLessThanOrEqual(480);
  });

  it("uses only Okabe–Ito colours (and greys) for data", () => {
    const allowed = new Set<string>([...Object.values(okabeIto), "#666666", "#999999", "#BBBBBB"]);
    for (const chart of timelineCharts(sampleTimeline())) {
      for (const bar of chart.bars) expect(allowed).toContain(bar.fill);
      for (const line of chart.lines) expect(allowed).toContain(line.stroke);
    }
  });

  it("thins week labels when there are many weeks", () => {
    const long = buildTimeline({
      ...twoWeeks,
      period: { from: new Date("2026-01-05T00:00:00Z"), to: new Date("2026-11-16T00:00:00Z") },
      entries: [],
      assignments: [],
    });
    const [hurts] = timelineCharts(long);
    expect(long.weeks).toHaveLength(45);
    expect(hurts!.xTicks).toHaveLength(8);
    // counted back from the last week, so the latest weeks are named
    expect(hurts!.xTicks.map((t) => t.label)).toEqual([
      "Jan 19",
      "Mar 2",
      "Apr 13",
      "May 25",
      "Jul 6",
      "Aug 17",
      "Sep 28",
      "Nov 9",
    ]);
  });

  it("labels every other week on a chart as narrow as the PDF's, ending with the last week", () => {
    const [hurts, , , , csi] = timelineCharts(empty, { width: 330, height: 170 });
    const labels = ["Sep 28", "Oct 12", "Oct 26", "Nov 9"];
    expect(hurts!.xTicks.map((t) => t.label)).toEqual(labels);
    expect(csi!.xTicks.map((t) => t.label)).toEqual(labels);
  });

  it("names weeks in the practice's style, with the year when the weeks span two", () => {
    const international = buildTimeline({
      ...twoWeeks,
      dateStyle: "international",
      period: { from: new Date("2026-12-21T00:00:00Z"), to: new Date("2027-01-11T00:00:00Z") },
      entries: [],
      assignments: [],
    });
    const [hurts] = timelineCharts(international);
    expect(hurts!.xTicks.map((t) => t.label)).toEqual([
      "16 Nov ’26",
      "23 Nov ’26",
      "30 Nov ’26",
      "7 Dec ’26",
      "14 Dec ’26",
      "21 Dec ’26",
      "28 Dec ’26",
      "4 Jan ’27",
    ]);
  });
});
