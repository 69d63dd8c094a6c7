import type { BidsWeek, CoupleTimeline } from "../types";
import {
  chartBase,
  type ChartSize,
  countScale,
  defaultChartSize,
  percent,
  stackedBars,
  valueTicks,
  weekBand,
  weekTicks,
} from "./frame";
import { bidColors } from "./palette";
import type { ChartModel } from "./types";

const responses = [
  { key: "toward", label: "Turned toward" },
  { key: "away", label: "Turned away" },
  { key: "against", label: "Turned against" },
] as const;

type Response = (typeof responses)[number]["key"];

function summaryOf(weeks: readonly BidsWeek[]): string {
  const sum = (key: Response) => weeks.reduce((total, week) => total + week[key], 0);
  const [toward, away, against] = [sum("toward"), sum("away"), sum("against")];
  const total = toward + away + against;
  if (total === 0) return "No bids for connection were logged in this period.";
  return `${total} bid${total === 1 ? "" : "s"}: ${toward} turned toward (${percent(toward / total)}), ${away} away, ${against} against.`;
}

/** Bids per week, stacked toward (bottom), away, against. */
export function bidsChart(
  timeline: CoupleTimeline,
  size: ChartSize = defaultChartSize,
): ChartModel {
  const base = chartBase("bids", "Bids for connection per week", size);
  const weeks = timeline.bids;
  const band = weekBand(weeks, base.plot);
  const count = countScale(Math.max(...weeks.map((w) => w.toward + w.away + w.against)), base.plot);
  const layers = responses.map(({ key, label }) => ({ key, label, fill: bidColors[key] }));
  const bars = stackedBars(
    weeks,
    layers,
    (week, key) => week[key as Response],
    { band, count },
    timeline.dateStyle,
  );
  return {
    ...base,
    summary: summaryOf(weeks),
    empty: bars.length === 0,
    xTicks: weekTicks(weeks, band, timeline.dateStyle),
    yTicks: valueTicks(count, 5, String, true),
    bars,
    legend: layers.map(({ label, fill }) => ({ label, color: fill })),
  };
}
