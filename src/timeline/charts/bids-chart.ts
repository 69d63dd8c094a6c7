import { bidsByWeek } from "../aggregates";
import type { BidsWeek, CoupleTimeline } from "../types";
import {
  bandDayX,
  chartBase,
  type ChartSize,
  countScale,
  defaultChartSize,
  percent,
  periodOverlay,
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

/**
 * Why the shares are not the published ones: a log is not an observation lab, and the bids that
 * were missed are the ones people remember to write down.
 */
const BIDS_FOOTNOTE =
  "People log missed bids more often than the everyday ones that were met, so these shares " +
  "run low and are not comparable with published rates (such as Gottman's 86% and 33%).";

function summaryOf(weeks: readonly BidsWeek[]): string {
  const sum = (pick: (week: BidsWeek) => number) =>
    weeks.reduce((total, week) => total + pick(week), 0);
  const [toward, away, against] = (["toward", "away", "against"] as const).map((key: Response) =>
    sum((week) => week[key]),
  ) as [number, number, number];
  const total = toward + away + against;
  if (total === 0) return "No bids for connection were logged in this period.";
  const side = (direction: "made" | "received") => {
    const met = sum((week) => week[direction].toward);
    const all = sum(
      (week) => week[direction].toward + week[direction].away + week[direction].against,
    );
    return `${met} of ${all} ${direction}`;
  };
  return (
    `${total} bid${total === 1 ? "" : "s"}: ${toward} turned toward (${percent(toward / total)}), ` +
    `${away} away, ${against} against. Turned toward: ${side("made")}, ${side("received")}.`
  );
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
  const { legend: marked, ...overlay } = periodOverlay(timeline, base.plot, bandDayX(band));
  // The summary counts the period's own bids; the bars also show the weeks before it.
  const inPeriod = bidsByWeek(timeline.entries, timeline.weeks, timeline.timeZone);
  return {
    ...base,
    summary: summaryOf(inPeriod),
    empty: bars.length === 0,
    xTicks: weekTicks(weeks, band, timeline.dateStyle),
    yTicks: valueTicks(count, 5, String, true),
    bars,
    ...overlay,
    legend: [...layers.map(({ label, fill }) => ({ label, color: fill })), ...marked],
    footnote: BIDS_FOOTNOTE,
  };
}
