/**
 * One chart, computed once (scales, paths, ticks, labels with d3-scale / d3-shape) and drawn by
 * two thin renderers: web SVG (src/components/timeline/) and react-pdf <Svg> (the session-prep
 * PDF). Coordinates are in the chart's own units, origin top-left, like SVG.
 */
export interface ChartModel {
  id: string;
  title: string;
  width: number;
  height: number;
  /** one sentence saying what the chart shows, for screen readers and the PDF */
  summary: string;
  empty: boolean;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** the plot area, for axis lines */
  plot: { x: number; y: number; width: number; height: number };
  bars: { x: number; y: number; width: number; height: number; fill: string; label: string }[];
  lines: { d: string; stroke: string; dashed?: boolean; label: string }[];
  points: { cx: number; cy: number; r: number; fill: string; label: string }[];
  /** straight reference lines, e.g. the CSI-4 distress cut-off */
  rules: {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    stroke: string;
    dashed: boolean;
    label: string;
  }[];
  /** the chosen period, shaded behind the marks, when the chart also shows weeks before it */
  shade?: { x: number; y: number; width: number; height: number; fill: string; label: string };
  /**
   * programme weeks: bands in the strip above the plot, on the same time axis as the marks;
   * `text` is what fits on the band ("Week 3", "3" or nothing), `label` says it all
   */
  programmeBands?: {
    x: number;
    y: number;
    width: number;
    height: number;
    fill: string;
    text: string;
    label: string;
  }[];
  /** recorded sessions: a thin vertical line across the plot on each session's day */
  sessions: { x: number; label: string }[];
  /** `shaded`: a swatch of the period's shade, drawn with a border so it shows on white */
  legend: { label: string; color: string; dashed?: boolean; shaded?: boolean }[];
  /** a second value axis on the right edge of the plot (e.g. mean intensity 0–10), when there is one */
  yTicksRight?: { y: number; label: string }[];
  /** a note under the chart: the measure's source, or how to read it (both renderers show it) */
  footnote?: string;
  /** short texts placed in the plot (e.g. median time to repair above a bar) */
  annotations?: { x: number; y: number; text: string; anchor: "start" | "middle" | "end" }[];
}
