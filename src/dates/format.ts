import type { DateSettings, DateStyle } from "./styles";
import { zoneFormatter } from "./zone-formatter";

/**
 * The one place Attune turns instants and calendar dates into text. Intl supplies the zone
 * arithmetic and the names; the order of the parts is assembled here so the same text comes out
 * of every ICU version (server and browser alike, so React never sees a hydration mismatch).
 */

interface Parts {
  weekday: string;
  month: string;
  day: string;
  year: string;
  hour: number;
  minute: string;
}

const DISPLAY_PARTS = {
  weekday: "short",
  month: "short",
  day: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return zoneFormatter(timeZone, DISPLAY_PARTS);
}

function partsOf(instant: Date, timeZone: string): Parts {
  const found = new Map(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => found.get(type) ?? "";
  return {
    weekday: part("weekday"),
    month: part("month"),
    day: part("day"),
    year: part("year"),
    hour: Number(part("hour")) % 24,
    minute: part("minute"),
  };
}

/** A calendar date such as "2026-11-16" belongs to no zone: read it at noon UTC. */
const calendarParts = (isoDate: string) => partsOf(new Date(`${isoDate}T12:00:00Z`), "UTC");

function shortDayText(p: Parts, style: DateStyle, withYear = false): string {
  const short = style === "US" ? `${p.month} ${p.day}` : `${p.day} ${p.month}`;
  return withYear ? `${short} ’${p.year.slice(-2)}` : short;
}

function dayText(p: Parts, style: DateStyle): string {
  return style === "US" ? `${p.month} ${p.day}, ${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

function timeText(p: Parts, style: DateStyle): string {
  if (style === "international") return `${String(p.hour).padStart(2, "0")}:${p.minute}`;
  return `${p.hour % 12 || 12}:${p.minute} ${p.hour < 12 ? "AM" : "PM"}`;
}

function headingText(p: Parts, style: DateStyle): string {
  return style === "US"
    ? `${p.weekday}, ${dayText(p, style)}`
    : `${p.weekday} ${dayText(p, style)}`;
}

export interface DateFormat {
  /** "Nov 16, 2026 · 3:05 PM" / "16 Nov 2026 · 15:05" */
  moment: (instant: Date) => string;
  /** "Nov 16, 2026" / "16 Nov 2026": the day it was in the zone */
  day: (instant: Date) => string;
  /** "Nov 16" / "16 Nov" */
  shortDay: (instant: Date) => string;
  /** "3:05 PM" / "15:05" */
  time: (instant: Date) => string;
  /** a stored calendar date "2026-11-16" → "Nov 16, 2026" / "16 Nov 2026" */
  calendarDate: (isoDate: string) => string;
  /** "2026-11-16" → "Nov 16" / "16 Nov", or "Nov 16 ’26" / "16 Nov ’26" with the year */
  shortCalendarDate: (isoDate: string, withYear?: boolean) => string;
  /** "2026-11-16" → "Mon, Nov 16, 2026" / "Mon 16 Nov 2026", for day headings */
  dayHeading: (isoDate: string) => string;
  /** "2026-11-02" and "2026-11-16" → "Nov 2, 2026 – Nov 16, 2026", or one day */
  calendarRange: (from: string, to: string) => string;
}

/** The formatter for one practice's style and one zone (the couple's, a partner's, the practice's). */
export function dateFormat({ style, timeZone }: DateSettings): DateFormat {
  const calendarDate = (isoDate: string) => dayText(calendarParts(isoDate), style);
  return {
    moment: (instant) => {
      const p = partsOf(instant, timeZone);
      return `${dayText(p, style)} · ${timeText(p, style)}`;
    },
    day: (instant) => dayText(partsOf(instant, timeZone), style),
    shortDay: (instant) => shortDayText(partsOf(instant, timeZone), style),
    time: (instant) => timeText(partsOf(instant, timeZone), style),
    calendarDate,
    shortCalendarDate: (isoDate, withYear) => shortDayText(calendarParts(isoDate), style, withYear),
    dayHeading: (isoDate) => headingText(calendarParts(isoDate), style),
    calendarRange: (from, to) =>
      from === to ? calendarDate(from) : `${calendarDate(from)} – ${calendarDate(to)}`,
  };
}
