import type { DateStyle } from "~/dates";
import { type ScaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { microHurtCategories } from "~/homework/micro-hurt";
import { mean as meanOf } from "../aggregates";
import { categoryLabel, quoted } from "../highlight-text";
import type { CoupleTimeline, HurtsWeek } from "../types";
import {
  bandDayX,
  chartBase,
  type ChartSize,
  countScale,
  defaultChartSize,
  periodOverlay,
  plotBottom,
  round,
  stackedBars,
  valueTicks,
  weekBand,
  weekOfText,
  weekTicks,
} from "./frame";
import { categoryColors, ink, intensityColor } from "./palette";
import type { ChartModel } from "./types";

const INTENSITY_MAX = 10;

function summaryOf(timeline: CoupleTimeline): string {
  const hurts = timeline.entries.filter((entry) => entry.kind === "micro_hurt");
  if (hurts.length === 0) return "No micro-hurts were logged in this period.";
  const counts = new Map<string, number>();
  for (const { metrics } of hurts) {
    const category = metrics.category ?? "other";
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const [top, topCount] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const mean = meanOf(hurts.flatMap((hurt) => hurt.metrics.intensity ?? []));
  return (
    `${hurts.length} micro-hurt${hurts.length === 1 ? "" : "s"} in this period, ` +
    `most often ${quoted(categoryLabel(top))} (${topCount})` +
    (mean === null ? "." : `; mean intensity ${mean.toFixed(1)} of 10.`)
  );
}

function intensityMarks(
  weeks: readonly HurtsWeek[],
  band: ScaleBand<string>,
  plot: ChartModel["plot"],
  style: DateStyle,
): Pick<ChartModel, "lines" | "points" | "yTicksRight"> {
  const intensity = scaleLinear()
    .domain([0, INTENSITY_MAX])
    .range([plotBottom(plot), plot.y]);
  const centre = (week: HurtsWeek) => (band(week.label) ?? 0) + band.bandwidth() / 2;
  const rated = weeks.filter((week) => week.meanIntensity !== null);
  const path = line<HurtsWeek>()
    .defined((week) => week.meanIntensity !== null)
    .x(centre)
    .y((week) => intensity(week.meanIntensity ?? 0))
    .digits(2)(weeks);
  return {
    yTicksRight: valueTicks(intensity, 5, String),
    lines:
      rated.length > 1 && path
        ? [{ d: path, stroke: intensityColor, label: "Mean intensity (0–10)" }]
        : [],
    points: rated.map((week) => ({
      cx: round(centre(week)),
      cy: round(intensity(week.meanIntensity ?? 0)),
      r: 3,
      fill: intensityColor,
      label: `${weekOfText(week.label, style)}: mean intensity ${(week.meanIntensity ?? 0).toFixed(1)}`,
    })),
  };
}

/** Micro-hurts per week stacked by category, with each week's mean intensity on a 0–10 axis. */
export function hurtsChart(
  timeline: CoupleTimeline,
  size: ChartSize = defaultChartSize,
): ChartModel {
  const base = chartBase("hurts", "Micro-hurts per week", size);
  const weeks = timeline.hurts;
  const band = weekBand(weeks, base.plot);
  const count = countScale(Math.max(...weeks.map((week) => week.total)), base.plot);
  const layers = microHurtCategories
    .filter(({ value }) => weeks.some((week) => week.byCategory[value]))
    .map(({ value, label }) => ({ key: value, label, fill: categoryColors[value] ?? ink.grey }));
  const bars = stackedBars(
    weeks,
    layers,
    (week, key) => week.byCategory[key] ?? 0,
    {
      band,
      count,
    },
    timeline.dateStyle,
  );
  const intensity = intensityMarks(weeks, band, base.plot, timeline.dateStyle);
  const { legend: marked, ...overlay } = periodOverlay(timeline, base.plot, bandDayX(band));
  return {
    ...base,
    summary: summaryOf(timeline),
    empty: bars.length === 0,
    xTicks: weekTicks(weeks, band, timeline.dateStyle),
    yTicks: valueTicks(count, 5, String, true),
    bars,
    ...intensity,
    ...overlay,
    legend: [
      ...layers.map(({ label, fill }) => ({ label, color: fill })),
      ...(intensity.points.length > 0
        ? [{ label: "Mean intensity (0–10, right axis)", color: intensityColor }]
        : []),
      ...marked,
    ],
  };
}
