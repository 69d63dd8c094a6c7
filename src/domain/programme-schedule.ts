import { addDays, daysBetween, localDateOf, startOfLocalDay } from "~/timeline/weeks";
import type { ProgrammeWeekStatus } from "./programmes";

/**
 * When each week of a running programme falls, as local dates ("YYYY-MM-DD") in the couple's
 * time zone. A week is seven calendar days from the day it starts, whatever weekday that is: a
 * programme started on a Thursday has Thursday-to-Wednesday weeks. A week begins at the couple's
 * local midnight on its first day, so DST changes move nothing (dates, not hours, are counted).
 *
 * Only scheduled and assigned weeks take up the calendar. A skipped or cancelled week keeps the
 * dates it had when it was set aside, for the record, and is ignored by every question below.
 */
export interface ScheduledWeek {
  weekNumber: number;
  startsOn: string;
  /** the last day of the week, inclusive */
  endsOn: string;
  status: ProgrammeWeekStatus;
}

const WEEK_DAYS = 7;

/** The dates of a new programme's weeks, back to back from its first day. */
export function planWeeks(startsOn: string, weekCount: number): ScheduledWeek[] {
  return Array.from({ length: weekCount }, (_, i) => ({
    weekNumber: i + 1,
    startsOn: addDays(startsOn, i * WEEK_DAYS),
    endsOn: addDays(startsOn, i * WEEK_DAYS + WEEK_DAYS - 1),
    status: "scheduled" as const,
  }));
}

/** The couple's local date at an instant: "today" for the programme. */
export function programmeToday(now: Date, timeZone: string): string {
  return localDateOf(now, timeZone);
}

function occupies(week: ScheduledWeek): boolean {
  return week.status === "scheduled" || week.status === "assigned";
}

/** The week a date falls in, or null (before the first week, after the last, or a skipped one). */
export function weekOn<W extends ScheduledWeek>(weeks: readonly W[], date: string): W | null {
  return weeks.find((w) => occupies(w) && w.startsOn <= date && date <= w.endsOn) ?? null;
}

/** The instant a week begins: the couple's local midnight on its first day. */
export function weekBeginsAt(week: Pick<ScheduledWeek, "startsOn">, timeZone: string): Date {
  return startOfLocalDay(week.startsOn, timeZone);
}

/** Weeks whose first day has come by `today` and whose homework is not yet assigned. */
export function dueWeeks<W extends ScheduledWeek>(weeks: readonly W[], today: string): W[] {
  return weeks.filter((w) => w.status === "scheduled" && w.startsOn <= today);
}

/** The last day any week still occupies, or null when none does. */
function lastDay(weeks: readonly ScheduledWeek[]): string | null {
  const ends = weeks.filter(occupies).map((w) => w.endsOn);
  return ends.length === 0 ? null : ends.reduce((a, b) => (a > b ? a : b));
}

/** A run is over once no week is waiting and the last week has ended before `today`. */
export function isOver(weeks: readonly ScheduledWeek[], today: string): boolean {
  if (weeks.some((w) => w.status === "scheduled")) return false;
  const last = lastDay(weeks);
  return last === null || last < today;
}

/** A change to one week's dates, as the database needs it. */
export interface WeekChange {
  weekNumber: number;
  startsOn: string;
  endsOn: string;
  status: ProgrammeWeekStatus;
}

function moved(week: ScheduledWeek, days: number): WeekChange {
  return {
    weekNumber: week.weekNumber,
    startsOn: addDays(week.startsOn, days),
    endsOn: addDays(week.endsOn, days),
    status: week.status,
  };
}

/** Whole local days between a pause and its resumption (0 when resumed the same day). */
export function pausedDays(pausedAt: Date, resumedAt: Date, timeZone: string): number {
  return Math.max(
    0,
    daysBetween(localDateOf(pausedAt, timeZone), localDateOf(resumedAt, timeZone)),
  );
}

/**
 * Resuming after a pause of `days` whole days: every week not yet begun starts that much later,
 * and the week under way when the pause began (if any) lasts that much longer, so no week starts
 * during a pause and no gap opens behind the one in hand.
 */
export function resumeShift(
  weeks: readonly ScheduledWeek[],
  pausedOn: string,
  days: number,
): WeekChange[] {
  if (days <= 0) return [];
  const current = weekOn(weeks, pausedOn);
  const changes: WeekChange[] = [];
  for (const w of weeks) {
    if (w.status === "scheduled") changes.push(moved(w, days));
    else if (current && w.weekNumber === current.weekNumber && w.status === "assigned")
      changes.push({ ...moved(w, 0), endsOn: addDays(w.endsOn, days) });
  }
  return changes;
}

/**
 * Extend the week under way on `today` by seven days; every later week starts seven days later.
 * Null when no week is under way.
 */
export function extendCurrent(weeks: readonly ScheduledWeek[], today: string): WeekChange[] | null {
  const current = weekOn(weeks, today);
  if (!current) return null;
  return [
    { ...moved(current, 0), endsOn: addDays(current.endsOn, WEEK_DAYS) },
    ...weeks.filter((w) => w.status === "scheduled").map((w) => moved(w, WEEK_DAYS)),
  ];
}

/**
 * Skip a week and close the gap, so nothing sits empty:
 * - "current": the week under way on `today` is skipped from today (its record ends yesterday, or
 *   keeps its dates when skipped on its first day); the next week begins today.
 * - "next": the next week not yet begun is skipped; the weeks after it move earlier by its length,
 *   so the one after starts on the day the skipped one would have.
 * Null when there is no such week.
 */
export function skipWeek(
  weeks: readonly ScheduledWeek[],
  today: string,
  which: "current" | "next",
): WeekChange[] | null {
  const upcoming = weeks.filter((w) => w.status === "scheduled");
  if (which === "current") {
    const current = weekOn(weeks, today);
    if (!current) return null;
    const skipped: WeekChange = {
      ...moved(current, 0),
      endsOn: current.startsOn < today ? addDays(today, -1) : current.endsOn,
      status: "skipped",
    };
    const first = upcoming[0];
    if (!first) return [skipped];
    const shift = daysBetween(first.startsOn, today);
    return [skipped, ...upcoming.map((w) => moved(w, shift))];
  }
  const [next, ...after] = upcoming;
  if (!next) return null;
  const shift = -(daysBetween(next.startsOn, next.endsOn) + 1);
  return [{ ...moved(next, 0), status: "skipped" }, ...after.map((w) => moved(w, shift))];
}

/**
 * Stopping on `today`: every week not yet begun is cancelled, and the week under way ends today,
 * so its record shows the days it really ran.
 */
export function stopWeeks(weeks: readonly ScheduledWeek[], today: string): WeekChange[] {
  const current = weekOn(weeks, today);
  return [
    ...(current && current.status === "assigned" && current.endsOn > today
      ? [{ ...moved(current, 0), endsOn: today }]
      : []),
    ...weeks
      .filter((w) => w.status === "scheduled")
      .map((w) => ({ ...moved(w, 0), status: "cancelled" as const })),
  ];
}

/** The first Monday after `today` (a programme's default start), or today when it is a Monday. */
export function nextMonday(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, (8 - weekday) % 7);
}
