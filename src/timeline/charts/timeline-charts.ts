import type { CoupleTimeline } from "../types";
import { bidsChart } from "./bids-chart";
import { completionChart } from "./completion-chart";
import { csiChart } from "./csi-chart";
import { cyclesChart } from "./cycles-chart";
import { type ChartSize, defaultChartSize } from "./frame";
import { hurtsChart } from "./hurts-chart";
import { repairChart } from "./repair-chart";
import type { ChartModel } from "./types";

export type { ChartSize } from "./frame";

/** Every timeline chart, always in this order: the page and the PDF show them alike. */
export function timelineCharts(
  timeline: CoupleTimeline,
  size: ChartSize = defaultChartSize,
): ChartModel[] {
  return [
    hurtsChart(timeline, size),
    repairChart(timeline, size),
    bidsChart(timeline, size),
    cyclesChart(timeline, size),
    csiChart(timeline, size),
    completionChart(timeline, size),
  ];
}
