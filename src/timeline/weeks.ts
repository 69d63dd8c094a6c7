import { zoneFormatter } from "~/dates/zone-formatter";
import type { Period, WeekBucket } from "./types";

/**
 * Calendar arithmetic in the couple's IANA time zone with Intl only. Local dates are
 * "YYYY-MM-DD" strings; day arithmetic on them happens in UTC, where every day has 24 hours,
 * and only the step from a local date to an instant consults the zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const WALL_CLOCK_PARTS = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
} as const;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return zoneFormatter(timeZone, WALL_CLOCK_PARTS);
}

/** The wall clock in the zone at an instant, read back as if it were UTC (ms). */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function measuredOffsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000;
}

const MAX_CACHED_DAYS = 100_000;
/** Per zone and UTC day: the offset all day long, or null on a day the offset changes. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in ms. Intl is slow enough to
 * dominate a two-year timeline, and offsets change at most once a day, so a day whose offset is
 * the same at both ends is measured once.
 */
function offsetMs(instantMs: number, timeZone: string): number {
  const day = Math.floor(instantMs / DAY_MS);
  let zone = dayOffsets.get(timeZone);
  if (!zone) {
    zone = new Map<number, number | null>();
    dayOffsets.set(timeZone, zone);
  }
  let offset = zone.get(day);
  if (offset === undefined) {
    const atStart = measuredOffsetMs(day * DAY_MS, timeZone);
    offset = atStart === measuredOffsetMs((day + 1) * DAY_MS - 1000, timeZone) ? atStart : null;
    if (zone.size >= MAX_CACHED_DAYS) zone.clear();
    zone.set(day, offset);
  }
  return offset ?? measuredOffsetMs(instantMs, timeZone);
}

/** Day number since 1970 to its "YYYY-MM-DD": formatting a Date each time was 3% of a view. */
const isoDates = new Map<number, string>();

function isoDate(utcMs: number): string {
  const day = Math.floor(utcMs / DAY_MS);
  let date = isoDates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDates.size < MAX_CACHED_DAYS) isoDates.set(day, date);
  }
  return date;
}

/** The local calendar date of an instant in the zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return isoDate(instant.getTime() + offsetMs(instant.getTime(), timeZone));
}

export function addDays(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/** Whole days from one local date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The Monday on or before a local date. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The first instant of a local date. Where a DST change skips midnight the day starts at the
 * first wall-clock time that exists, which the two offsets around the change disagree about.
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const first = wall - offsetMs(wall, timeZone);
  const offsetThere = offsetMs(first, timeZone);
  const second = wall - offsetThere;
  if (second === first) return new Date(first);
  if (offsetMs(second, timeZone) === offsetThere) return new Date(second);
  return new Date(Math.max(first, second));
}

export function weekOf(instant: Date, timeZone: string): WeekBucket {
  const label = mondayOf(localDateOf(instant, timeZone));
  return { start: startOfLocalDay(label, timeZone), label };
}

/** Monday-start weeks covering the period: the week holding `from` up to the one holding `to`. */
export function weekBuckets(period: Period, timeZone: string): WeekBucket[] {
  const weeks: WeekBucket[] = [];
  if (period.to.getTime() <= period.from.getTime()) return weeks;
  let label = weekOf(period.from, timeZone).label;
  for (;;) {
    const start = startOfLocalDay(label, timeZone);
    if (start.getTime() >= period.to.getTime()) return weeks;
    weeks.push({ start, label });
    label = addDays(label, 7);
  }
}

/** Days since 1970-01-01 of the Monday on or before the instant's local date. */
function localMondayNumber(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  const day = Math.floor((ms + offsetMs(ms, timeZone)) / DAY_MS);
  // 1 January 1970 was a Thursday: three days after a Monday.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Items grouped into the given weeks by their instant; items outside every week are left out. */
export function groupByWeek<T>(
  weeks: readonly WeekBucket[],
  items: readonly T[],
  instantOf: (item: T) => Date,
  timeZone: string,
): T[][] {
  // Day numbers rather than date strings: this runs for every entry of a two-year timeline.
  const index = new Map(
    weeks.map((week, i) => [Date.parse(`${week.label}T00:00:00Z`) / DAY_MS, i]),
  );
  const groups = weeks.map((): T[] => []);
  for (const item of items) {
    const i = index.get(localMondayNumber(instantOf(item), timeZone));
    if (i !== undefined) groups[i]?.push(item);
  }
  return groups;
}
