import { scaleBand, scaleLinear } from "d3-scale";
import type { CompletionWeek, CoupleTimeline, PartnerPosition } from "../types";
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
import { partnerColors } from "./palette";
import type { ChartModel } from "./types";

const POSITIONS: PartnerPosition[] = [1, 2];

/** Done of asked in a week, shown up to 100%: extra entries are welcome, not extra credit. */
function shareOf(week: CompletionWeek, position: PartnerPosition): number | null {
  const { done, expected } = week.byPartner[position];
  return expected === null ? null : Math.min(1, done / expected);
}

function summaryOf(timeline: CoupleTimeline): string {
  const rates = POSITIONS.flatMap((position) => {
    const rate = timeline.keyNumbers.current.completion[position];
    return rate === null ? [] : [`${timeline.partners[position]} ${percent(rate)}`];
  });
  if (rates.length === 0)
    return "No homework with a set number of entries was asked in this period.";
  return `Homework done of what was asked: ${rates.join(", ")}.`;
}

/** Per week, the share of what each partner's homework asked that they did. */
export function completionChart(
  timeline: CoupleTimeline,
  size: ChartSize = defaultChartSize,
): ChartModel {
  const base = chartBase("completion", "Homework completion per partner", size);
  const { plot } = base;
  const weeks = timeline.completion;
  const band = weekBand(weeks, plot);
  const inner = scaleBand<PartnerPosition>()
    .domain(POSITIONS)
    .range([0, band.bandwidth()])
    .paddingInner(0.1);
  const share = scaleLinear()
    .domain([0, 1])
    .range([plotBottom(plot), plot.y]);
  const bars = weeks.flatMap((week) =>
    POSITIONS.flatMap((position) => {
      const value = shareOf(week, position);
      if (value === null) return [];
      const { done, expected } = week.byPartner[position];
      return [
        {
          x: round((band(week.label) ?? 0) + (inner(position) ?? 0)),
          y: round(share(value)),
          width: round(inner.bandwidth()),
          height: round(plotBottom(plot) - share(value)),
          fill: partnerColors[position],
          label: `${weekOfText(week.label, timeline.dateStyle)}: ${timeline.partners[position]} ${done} done, ${expected} asked`,
        },
      ];
    }),
  );
  const asked = weeks.some((week) => POSITIONS.some((p) => week.byPartner[p].expected !== null));
  const { legend: marked, ...overlay } = periodOverlay(timeline, plot, bandDayX(band));
  return {
    ...base,
    summary: summaryOf(timeline),
    empty: !asked,
    xTicks: weekTicks(weeks, band, timeline.dateStyle),
    yTicks: percentTicks(share),
    bars,
    ...overlay,
    legend: [
      ...POSITIONS.map((position) => ({
        label: timeline.partners[position],
        color: partnerColors[position],
      })),
      ...marked,
    ],
  };
}
