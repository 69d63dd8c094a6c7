import { scaleBand, scaleLinear } from "d3-scale";
import { cyclesByWeek } from "../aggregates";
import type { CoupleTimeline, CycleWeek, PartnerPosition } from "../types";
import {
  bandDayX,
  chartBase,
  type ChartSize,
  defaultChartSize,
  periodOverlay,
  plotBottom,
  round,
  valueTicks,
  weekBand,
  weekOfText,
  weekTicks,
} from "./frame";
import { partnerColors, partnerLightColors } from "./palette";
import type { ChartModel } from "./types";

type Role = "pursue" | "withdraw";

const series: { position: PartnerPosition; role: Role }[] = [
  { position: 1, role: "pursue" },
  { position: 1, role: "withdraw" },
  { position: 2, role: "pursue" },
  { position: 2, role: "withdraw" },
];

const verb = (role: Role) => (role === "pursue" ? "pursued" : "withdrew");
const colorOf = (position: PartnerPosition, role: Role) =>
  role === "pursue" ? partnerColors[position] : partnerLightColors[position];

function summaryOf(timeline: CoupleTimeline): string {
  // The period's own maps; the bars also show the weeks before it.
  const weeks = cyclesByWeek(timeline.entries, timeline.weeks, timeline.timeZone);
  const parts = ([1, 2] as const).flatMap((position) => {
    const sum = (role: Role) =>
      weeks.reduce((total, week) => total + week.roles[position][role], 0);
    const [pursued, withdrew] = [sum("pursue"), sum("withdraw")];
    const maps = pursued + withdrew;
    if (maps === 0) return [];
    const name = timeline.partners[position];
    return [
      `${name} pursued in ${pursued} and withdrew in ${withdrew} of ${maps} cycle map${maps === 1 ? "" : "s"}`,
    ];
  });
  return parts.length === 0 ? "No cycle maps were logged in this period." : `${parts.join("; ")}.`;
}

/** Per week, each partner's cycle maps as pursuer and as withdrawer, side by side. */
export function cyclesChart(
  timeline: CoupleTimeline,
  size: ChartSize = defaultChartSize,
): ChartModel {
  const base = chartBase("cycles", "Pursue–withdraw: who pursued, who withdrew", size);
  const { plot } = base;
  const weeks = timeline.cycles;
  const band = weekBand(weeks, plot);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, band.bandwidth()])
    .paddingInner(0.1);
  const valueOf = (week: CycleWeek, i: number) => {
    const { position, role } = series[i]!;
    return week.roles[position][role];
  };
  const maxCount = Math.max(1, ...weeks.flatMap((week) => series.map((_, i) => valueOf(week, i))));
  const count = scaleLinear()
    .domain([0, maxCount])
    .nice()
    .range([plotBottom(plot), plot.y]);
  const bars = weeks.flatMap((week) =>
    series.flatMap(({ position, role }, i) => {
      const n = valueOf(week, i);
      if (n === 0) return [];
      return [
        {
          x: round((band(week.label) ?? 0) + (inner(i) ?? 0)),
          y: round(count(n)),
          width: round(inner.bandwidth()),
          height: round(plotBottom(plot) - count(n)),
          fill: colorOf(position, role),
          label: `${weekOfText(week.label, timeline.dateStyle)}: ${timeline.partners[position]} ${verb(role)} ${n}`,
        },
      ];
    }),
  );
  const { legend: marked, ...overlay } = periodOverlay(timeline, plot, bandDayX(band));
  return {
    ...base,
    summary: summaryOf(timeline),
    empty: bars.length === 0,
    xTicks: weekTicks(weeks, band, timeline.dateStyle),
    yTicks: valueTicks(count, 4, String, true),
    bars,
    ...overlay,
    legend: [
      ...series.map(({ position, role }) => ({
        label: `${timeline.partners[position]} ${verb(role)}`,
        color: colorOf(position, role),
      })),
      ...marked,
    ],
  };
}
