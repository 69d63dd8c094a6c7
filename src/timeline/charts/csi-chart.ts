import { scaleLinear, scaleTime, type ScaleTime } from "d3-scale";
import { line } from "d3-shape";
import { CSI4_CITATION, CSI4_MAX_SCORE } from "~/homework/csi4";
import { dayLabel } from "../highlight-text";
import type { CoupleTimeline, CsiPoint, PartnerPosition } from "../types";
import { addDays, startOfLocalDay } from "../weeks";
import {
  chartBase,
  type ChartSize,
  defaultChartSize,
  labelledWeek,
  periodOverlay,
  plotBottom,
  round,
  weekName,
} from "./frame";
import { cutoffColor, partnerColors } from "./palette";
import type { ChartModel } from "./types";

const POSITIONS: PartnerPosition[] = [1, 2];

/** Where the measure comes from, for the therapist: the partner's form no longer carries it. */
const CSI4_FOOTNOTE =
  `Each partner answers alone and never sees the other's scores. Source: ${CSI4_CITATION} ` +
  "Free for clinical use.";

function summaryOf(timeline: CoupleTimeline): string {
  const latest = POSITIONS.flatMap((position) => {
    const own = timeline.csi.filter((point) => point.position === position);
    const last = own.at(-1);
    return last ? [`${timeline.partners[position]} ${last.score}`] : [];
  });
  if (latest.length === 0) return "No CSI-4 scores were recorded in this period.";
  return `Latest CSI-4 (0–21): ${latest.join(", ")}; scores below the cut-off of ${timeline.csiCutoff} suggest distress.`;
}

type TimeScale = ScaleTime<number, number>;

/** Monday of each week inside the chart window, thinned like the weekly charts' labels. */
function mondayTicks(timeline: CoupleTimeline, time: TimeScale): ChartModel["xTicks"] {
  const mondays = timeline.weeks.filter((week) => week.start >= timeline.chartWindow.from);
  const [from, to] = time.range();
  return mondays.filter(labelledWeek(mondays.length, (to ?? 0) - (from ?? 0))).map((week) => ({
    x: round(time(week.start)),
    label: weekName(week.label, timeline.dateStyle),
  }));
}

function partnerLines(
  timeline: CoupleTimeline,
  path: (points: CsiPoint[]) => string | null,
): ChartModel["lines"] {
  return POSITIONS.flatMap((position) => {
    const own = timeline.csi.filter((point) => point.position === position);
    const d = own.length > 1 ? path(own) : null;
    if (!d) return [];
    return [
      { d, stroke: partnerColors[position], label: `${timeline.partners[position]}'s CSI-4` },
    ];
  });
}

/** Both partners' CSI-4 scores on one 0–21 axis over the chart window, with the distress cut-off. */
export function csiChart(timeline: CoupleTimeline, size: ChartSize = defaultChartSize): ChartModel {
  const base = chartBase("csi", "Couple satisfaction (CSI-4) per partner", size);
  const { plot } = base;
  const { csiCutoff, partners } = timeline;
  const time = scaleTime()
    .domain([timeline.chartWindow.from, timeline.chartWindow.to])
    .range([plot.x, plot.x + plot.width]);
  const score = scaleLinear()
    .domain([0, CSI4_MAX_SCORE])
    .range([plotBottom(plot), plot.y]);
  const path = line<CsiPoint>()
    .x((point) => time(point.at))
    .y((point) => score(point.score))
    .digits(2);
  const cutoffY = round(score(csiCutoff));
  const dayX = (date: string, end = false) =>
    time(startOfLocalDay(end ? addDays(date, 1) : date, timeline.timeZone));
  const { legend: marked, ...overlay } = periodOverlay(timeline, plot, dayX);
  return {
    ...base,
    summary: summaryOf(timeline),
    empty: timeline.csi.length === 0,
    xTicks: mondayTicks(timeline, time),
    yTicks: [0, 7, 14, 21].map((value) => ({ y: round(score(value)), label: String(value) })),
    lines: partnerLines(timeline, path),
    points: timeline.csi.map((point) => ({
      cx: round(time(point.at)),
      cy: round(score(point.score)),
      r: 3.5,
      fill: partnerColors[point.position],
      label: `${partners[point.position]}, ${dayLabel(point.at, timeline)}: ${point.score}`,
    })),
    ...overlay,
    rules: [
      {
        x1: plot.x,
        y1: cutoffY,
        x2: plot.x + plot.width,
        y2: cutoffY,
        stroke: cutoffColor,
        dashed: true,
        label: `Distress cut-off ${csiCutoff}`,
      },
    ],
    legend: [
      ...POSITIONS.map((position) => ({
        label: partners[position],
        color: partnerColors[position],
      })),
      { label: `Distress cut-off (${csiCutoff})`, color: cutoffColor, dashed: true },
      ...marked,
    ],
    footnote: CSI4_FOOTNOTE,
  };
}
