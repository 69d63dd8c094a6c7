import type { Period } from "./types";
import { addDays, localDateOf, mondayOf, startOfLocalDay, weekBuckets } from "./weeks";

/**
 * The weeks the charts draw: at least MIN_CHART_WEEKS Monday-start weeks ending with the week
 * that holds the period's last day, so a six-day period reads against the weeks before it
 * instead of as one bar. The chosen period is shaded inside it. A period longer than that is
 * drawn whole: cutting it would hide part of what the key numbers count.
 */
const MIN_CHART_WEEKS = 8;

/** The charts' window: from a Monday at least MIN_CHART_WEEKS weeks back to the period's end. */
export function chartWindow(period: Period, timeZone: string): Period {
  const lastDay = localDateOf(new Date(period.to.getTime() - 1), timeZone);
  const weeks = Math.max(MIN_CHART_WEEKS, weekBuckets(period, timeZone).length);
  const firstMonday = addDays(mondayOf(lastDay), -7 * (weeks - 1));
  const from = startOfLocalDay(firstMonday, timeZone);
  return { from: from < period.from ? from : period.from, to: period.to };
}

/** The recorded session dates (local "YYYY-MM-DD") that fall inside the window, oldest first. */
export function sessionDatesWithin(
  dates: readonly string[],
  window: Period,
  timeZone: string,
): string[] {
  const first = localDateOf(window.from, timeZone);
  const last = localDateOf(new Date(window.to.getTime() - 1), timeZone);
  return [...new Set(dates)].filter((date) => date >= first && date <= last).sort();
}
