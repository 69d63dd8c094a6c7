import type { DateStyle } from "~/dates";
import { scaleLinear } from "d3-scale";
import { formatMinutes } from "~/homework/format";
import type { CoupleTimeline, RepairWeek } from "../types";
import {
  bandDayX,
  chartBase,
  type ChartSize,
  defaultChartSize,
  percent,
  periodOverlay,
  plotBottom,
  round,
  percentTicks,
  weekBand,
  weekOfText,
  weekTicks,
} from "./frame";
import { repairColor } from "./palette";
import type { ChartModel } from "./types";

function summaryOf(timeline: CoupleTimeline): string {
  const { hurts, hurtsAnswered, repairRate, medianMinutesToRepair } = timeline.keyNumbers.current;
  if (hurts === 0) return "No micro-hurts were logged, so nothing to repair.";
  if (repairRate === null)
    return `${hurts} logged ${hurts === 1 ? "hurt does" : "hurts do"} not say yet whether repaired.`;
  const repaired = Math.round(repairRate * hurtsAnswered);
  const median =
    medianMinutesToRepair === null
      ? ""
      : `; median time to repair ${formatMinutes(Math.round(medianMinutesToRepair))}`;
  return `${repaired} of ${hurtsAnswered} logged hurts repaired (${percent(repairRate)})${unanswered(hurts - hurtsAnswered)}${median}.`;
}

/** Quick logs not yet completed say nothing about repair: named, not counted as unrepaired. */
function unanswered(count: number): string {
  return count === 0 ? "" : `, ${count} more not saying yet`;
}

function barLabel(week: RepairWeek, style: DateStyle): string {
  const median =
    week.medianMinutesToRepair === null
      ? ""
      : `, median ${formatMinutes(Math.round(week.medianMinutesToRepair))} to repair`;
  return `${weekOfText(week.label, style)}: ${week.repaired} of ${week.answered} repaired (${percent(week.share ?? 0)})${unanswered(week.logged - week.answered)}${median}`;
}

/** Share of each week's logged hurts that were repaired, with the median time to repair above. */
export function repairChart(
  timeline: CoupleTimeline,
  size: ChartSize = defaultChartSize,
): ChartModel {
  const base = chartBase("repair", "Repair: share of hurts repaired", size);
  const { plot } = base;
  const band = weekBand(timeline.repair, plot);
  const share = scaleLinear()
    .domain([0, 1])
    .range([plotBottom(plot), plot.y]);
  const logged = timeline.repair.filter((week) => week.share !== null);
  const centre = (week: RepairWeek) => round((band(week.label) ?? 0) + band.bandwidth() / 2);
  const { legend: marked, ...overlay } = periodOverlay(timeline, plot, bandDayX(band));
  return {
    ...base,
    summary: summaryOf(timeline),
    empty: logged.length === 0,
    xTicks: weekTicks(timeline.repair, band, timeline.dateStyle),
    yTicks: percentTicks(share),
    bars: logged.map((week) => ({
      x: round(band(week.label) ?? 0),
      y: round(share(week.share ?? 0)),
      width: round(band.bandwidth()),
      height: round(plotBottom(plot) - share(week.share ?? 0)),
      fill: repairColor,
      label: barLabel(week, timeline.dateStyle),
    })),
    annotations: logged.flatMap((week) =>
      week.medianMinutesToRepair === null
        ? []
        : [
            {
              x: centre(week),
              y: round(Math.max(plot.y + 10, share(week.share ?? 0) - 4)),
              text: formatMinutes(Math.round(week.medianMinutesToRepair)),
              anchor: "middle" as const,
            },
          ],
    ),
    ...overlay,
    legend: [
      {
        label: "Share of logged hurts repaired (label: median time to repair)",
        color: repairColor,
      },
      ...marked,
    ],
  };
}
