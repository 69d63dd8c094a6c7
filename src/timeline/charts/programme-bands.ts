import { dateFormat } from "~/dates";
import { periodDates } from "../completion";
import { isDrawnWeek, programmeWeekName } from "../programme-weeks";
import type { CoupleTimeline } from "../types";
import { programmeBandFills } from "./palette";
import type { ChartModel } from "./types";

/** Where a local date starts on the x axis (`end`: where it ends). */
type DayX = (date: string, end?: boolean) => number;

/** Chart units "Week 3" needs at the page's and the PDF's label sizes; narrower bands say "3". */
const FULL_NAME_WIDTH = 50;
const NUMBER_WIDTH = 12;
/** The strip sits in the room above the plot, clear of every mark. */
const STRIP_GAP = 1;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The programme's weeks as bands in the strip above the plot, clipped to the chart window, with
 * alternating fills so neighbouring weeks read apart (in greyscale too). Skipped and cancelled
 * weeks are not drawn: the text list beside the charts names them.
 */
export function programmeBands(
  timeline: CoupleTimeline,
  plot: ChartModel["plot"],
  dayX: DayX,
): NonNullable<ChartModel["programmeBands"]> {
  const { first, last } = periodDates(timeline.chartWindow, timeline.timeZone);
  const dates = dateFormat({ style: timeline.dateStyle, timeZone: "UTC" });
  const drawn = timeline.programmeWeeks.filter(isDrawnWeek);
  return drawn.flatMap((week) => {
    const from = week.startsOn < first ? first : week.startsOn;
    const to = week.endsOn > last ? last : week.endsOn;
    const x = round(Math.max(plot.x, dayX(from)) + STRIP_GAP / 2);
    const right = round(Math.min(plot.x + plot.width, dayX(to, true)) - STRIP_GAP / 2);
    const width = round(right - x);
    if (!(width > 0)) return [];
    const name = programmeWeekName(week);
    const text =
      width >= FULL_NAME_WIDTH ? name : width >= NUMBER_WIDTH ? String(week.weekNumber) : "";
    const range = `${dates.shortCalendarDate(week.startsOn)} – ${dates.shortCalendarDate(week.endsOn)}`;
    return [
      {
        x,
        y: STRIP_GAP,
        width,
        height: round(plot.y - 2 * STRIP_GAP),
        fill: programmeBandFills[week.weekNumber % 2 === 1 ? 0 : 1] ?? programmeBandFills[0],
        text,
        label: `${name} of ${week.weekCount}: ${week.title}, ${range}`,
      },
    ];
  });
}
