import { dateFormat, type DateStyle } from "~/dates";
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from "d3-scale";
import { periodDates } from "../completion";
import type { CoupleTimeline, WeekBucket } from "../types";
import { daysBetween, mondayOf } from "../weeks";
import { periodShade, programmeBandFills, sessionColor } from "./palette";
import { programmeBands } from "./programme-bands";
import type { ChartModel } from "./types";

/** The parts every weekly chart shares: layout, the week axis, value ticks, rounding. */

export interface ChartSize {
  width: number;
  height: number;
}

export const defaultChartSize: ChartSize = { width: 640, height: 240 };

// Room on the right for a second axis (mean intensity) keeps every chart's plot the same width.
const margin = { top: 16, right: 40, bottom: 28, left: 44 };
const MAX_X_TICKS = 8;
/** Chart units a week label needs ("Nov 16" at the PDF's 7.5 pt is about 32): closer, thin them. */
const MIN_TICK_GAP = 44;

/** Two decimals are finer than any screen or printer draws, and keep models small and stable. */
export const round = (n: number) => Math.round(n * 100) / 100;

export function chartBase(
  id: string,
  title: string,
  size: ChartSize,
): Omit<ChartModel, "summary" | "empty"> {
  return {
    id,
    title,
    width: size.width,
    height: size.height,
    plot: {
      x: margin.left,
      y: margin.top,
      width: size.width - margin.left - margin.right,
      height: size.height - margin.top - margin.bottom,
    },
    xTicks: [],
    yTicks: [],
    bars: [],
    lines: [],
    points: [],
    rules: [],
    sessions: [],
    legend: [],
  };
}

export const plotBottom = (plot: ChartModel["plot"]) => plot.y + plot.height;

/** Week bands whose slots (bar plus half the gap each side) tile the plot, so days map onto it. */
export function weekBand(weeks: readonly WeekBucket[], plot: ChartModel["plot"]) {
  return scaleBand<string>()
    .domain(weeks.map((week) => week.label))
    .range([plot.x, plot.x + plot.width])
    .paddingInner(0.25)
    .paddingOuter(0.125);
}

/** "Nov 16" for the week of Monday 16 November; with the year when the weeks span two years. */
export function weekName(label: string, style: DateStyle, withYear = false): string {
  // A week label is a calendar date: no zone applies to it.
  return dateFormat({ style, timeZone: "UTC" }).shortCalendarDate(label, withYear);
}

const spansYears = (weeks: readonly WeekBucket[]) =>
  weeks.length > 0 && weeks[0]!.label.slice(0, 4) !== weeks.at(-1)!.label.slice(0, 4);

/**
 * Which weeks get a label: at most MAX_X_TICKS, none closer than MIN_TICK_GAP, counted back from
 * the last week so the period's own weeks are the ones named.
 */
export function labelledWeek(weeks: number, plotWidth: number) {
  const step = plotWidth / Math.max(1, weeks);
  const every = Math.max(1, Math.ceil(weeks / MAX_X_TICKS), Math.ceil(MIN_TICK_GAP / step));
  return (_: unknown, i: number) => (weeks - 1 - i) % every === 0;
}

/** The labelled weeks' names at the middle of their band. */
export function weekTicks(
  weeks: readonly WeekBucket[],
  band: ScaleBand<string>,
  style: DateStyle,
): ChartModel["xTicks"] {
  const withYear = spansYears(weeks);
  const [from, to] = band.range();
  return weeks.filter(labelledWeek(weeks.length, to - from)).map((week) => ({
    x: round((band(week.label) ?? 0) + band.bandwidth() / 2),
    label: weekName(week.label, style, withYear),
  }));
}

export function valueTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  format: (value: number) => string,
  integersOnly = false,
): { y: number; label: string }[] {
  return scale
    .ticks(count)
    .filter((value) => !integersOnly || Number.isInteger(value))
    .map((value) => ({ y: round(scale(value)), label: format(value) }));
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** 0%, 25%, 50%, 75%, 100%: quarters read more easily than d3's fifths for shares. */
export function percentTicks(scale: ScaleLinear<number, number>): { y: number; label: string }[] {
  return [0, 0.25, 0.5, 0.75, 1].map((share) => ({
    y: round(scale(share)),
    label: percent(share),
  }));
}

export const weekOfText = (label: string, style: DateStyle) => `Week of ${weekName(label, style)}`;

/** A count axis from 0 to a round number at or above the largest value (at least 1). */
export function countScale(max: number, plot: ChartModel["plot"]): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(1, max)])
    .nice()
    .range([plotBottom(plot), plot.y]);
}

export interface Layer {
  key: string;
  label: string;
  fill: string;
}

/** Each week's layers stacked bottom-up in the given order; a layer with nothing draws nothing. */
export function stackedBars<W extends WeekBucket>(
  weeks: readonly W[],
  layers: readonly Layer[],
  valueOf: (week: W, key: string) => number,
  scales: { band: ScaleBand<string>; count: ScaleLinear<number, number> },
  style: DateStyle,
): ChartModel["bars"] {
  const { band, count } = scales;
  return weeks.flatMap((week) => {
    let below = 0;
    return layers.flatMap(({ key, label, fill }) => {
      const n = valueOf(week, key);
      if (n === 0) return [];
      const top = count(below + n);
      const height = count(below) - top;
      below += n;
      const x = round(band(week.label) ?? 0);
      const text = `${weekOfText(week.label, style)}: ${label} ${n}`;
      return [
        {
          x,
          y: round(top),
          width: round(band.bandwidth()),
          height: round(height),
          fill,
          label: text,
        },
      ];
    });
  });
}

/** Where a local date starts on the x axis (`end`: where it ends). */
type DayX = (date: string, end?: boolean) => number;

/** Days on a week band: each week's slot (its bar and half the gaps beside it) split in seven. */
export function bandDayX(band: ScaleBand<string>): DayX {
  const step = band.step();
  const half = (band.paddingInner() * step) / 2;
  return (date, end = false) => {
    const monday = mondayOf(date);
    const day = daysBetween(monday, date) + (end ? 1 : 0);
    return (band(monday) ?? Number.NaN) - half + (day / 7) * step;
  };
}

/**
 * The chosen period shaded (when the chart also shows weeks before it) and a line on each recorded
 * session's day, with their legend entries: the same on every chart, on the page and in the PDF.
 */
export function periodOverlay(
  timeline: CoupleTimeline,
  plot: ChartModel["plot"],
  dayX: DayX,
): Pick<ChartModel, "shade" | "sessions" | "legend" | "programmeBands"> {
  const name = (date: string) => weekName(date, timeline.dateStyle);
  const inPlot = (x: number) => round(Math.min(plot.x + plot.width, Math.max(plot.x, x)));
  const sessions = timeline.sessionDates.map((date) => ({
    x: inPlot((dayX(date) + dayX(date, true)) / 2),
    label: `Session on ${name(date)}`,
  }));
  const legend: ChartModel["legend"] = [];
  let shade: ChartModel["shade"];
  if (timeline.chartWindow.from.getTime() < timeline.period.from.getTime()) {
    const { first, last } = periodDates(timeline.period, timeline.timeZone);
    const x = inPlot(dayX(first));
    shade = {
      x,
      y: plot.y,
      width: round(inPlot(dayX(last, true)) - x),
      height: plot.height,
      fill: periodShade,
      label: `This period, ${name(first)} – ${name(last)}`,
    };
    legend.push({ label: "This period", color: periodShade, shaded: true });
  }
  if (sessions.length > 0) legend.push({ label: "Session", color: sessionColor, dashed: true });
  const bands = programmeBands(timeline, plot, dayX);
  if (bands.length > 0) {
    legend.push({ label: "Programme week (band above)", color: programmeBandFills[0] });
  }
  return {
    ...(shade ? { shade } : {}),
    sessions,
    legend,
    ...(bands.length > 0 ? { programmeBands: bands } : {}),
  };
}
