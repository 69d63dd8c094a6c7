import { dateFormat, type DateStyle } from "~/dates";
import type { ProgrammeWeekStatus } from "~/domain/programmes";
import { periodDates } from "./completion";
import type { Period } from "./types";

/**
 * One week of a couple's programme as the timeline and the PDF show it: a band on the charts'
 * time axis and a line in the text list of weeks. Dates are local "YYYY-MM-DD", `endsOn` inclusive.
 */
export interface ProgrammeWeekSpan {
  /** the programme_weeks row */
  id: string;
  runId: string;
  runTitle: string;
  weekNumber: number;
  /** how many weeks the run has */
  weekCount: number;
  /** the week's short name from the run's plan: "Feeling safe together" */
  title: string;
  startsOn: string;
  endsOn: string;
  status: ProgrammeWeekStatus;
}

/** A week that took place or will: skipped and cancelled weeks are listed, never drawn. */
export const isDrawnWeek = (week: Pick<ProgrammeWeekSpan, "status">) =>
  week.status === "scheduled" || week.status === "assigned";

/** "Week 3", the name on a band and in the list. */
export const programmeWeekName = (week: Pick<ProgrammeWeekSpan, "weekNumber">) =>
  `Week ${week.weekNumber}`;

/**
 * The programme weeks that touch the charts' window, in run and week order. Skipped and cancelled
 * weeks stay in the list (the text list says so) when their dates touch the window.
 */
export function programmeWeeksWithin(
  weeks: readonly ProgrammeWeekSpan[],
  window: Period,
  timeZone: string,
): ProgrammeWeekSpan[] {
  const { first, last } = periodDates(window, timeZone);
  return weeks
    .filter((week) => week.endsOn >= first && week.startsOn <= last)
    .sort((a, b) =>
      a.startsOn === b.startsOn ? a.weekNumber - b.weekNumber : a.startsOn < b.startsOn ? -1 : 1,
    );
}

/**
 * The weeks in words, one line each, for the text list beside the charts (screen readers, print)
 * and the PDF: "Week 3 of 6: Feeling safe together, Nov 16 – Nov 22" or "…, skipped".
 */
export function programmeWeekLines(
  weeks: readonly ProgrammeWeekSpan[],
  style: DateStyle,
): { key: string; text: string; drawn: boolean }[] {
  const dates = dateFormat({ style, timeZone: "UTC" });
  return weeks.map((week) => {
    const when = isDrawnWeek(week)
      ? `${dates.shortCalendarDate(week.startsOn)} – ${dates.shortCalendarDate(week.endsOn)}`
      : week.status;
    const title = week.title ? `: ${week.title}` : "";
    return {
      key: `${week.runId}-${week.weekNumber}`,
      text: `${programmeWeekName(week)} of ${week.weekCount}${title}, ${when}`,
      drawn: isDrawnWeek(week),
    };
  });
}
