import { zoneFormatter } from "~/dates/zone-formatter";
import type { Cadence } from "~/domain/homework";

/** Reminders go out between 09:00 and 20:00 in the partner's own time zone. */
const QUIET_HOURS = { firstHour: 9, endHour: 20 } as const;
/** At most one a day: 20 hours, so a 15-minute schedule does not drift later every day. */
export const MIN_HOURS_BETWEEN_REMINDERS = 20;

export interface ReminderAssignment {
  cadence: Cadence;
  /** ISO dates (YYYY-MM-DD), as the partner reads them in their own zone */
  dueOn: string | null;
  untilOn: string | null;
  assignedAt: Date;
  /** when the partner last submitted an entry for this assignment */
  lastEntryAt: Date | null;
}

export interface ReminderPartner {
  timeZone: string;
  lastRemindedAt: Date | null;
  assignments: ReminderAssignment[];
}

const LOCAL_HOUR_PARTS = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
} as const;

/** The calendar date (YYYY-MM-DD) and hour (0–23) of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): { date: string; hour: number } {
  const parts = zoneFormatter(timeZone, LOCAL_HOUR_PARTS).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) };
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Whether this assignment is due or overdue for the partner on `today` (their local date).
 * Nothing is due on the day it was assigned: the partner has just had the homework email.
 */
export function isAssignmentDue(a: ReminderAssignment, today: string, timeZone: string): boolean {
  const assignedOn = localTime(a.assignedAt, timeZone).date;
  if (today <= assignedOn) return false;
  if (a.dueOn && a.dueOn > today) return false;
  const lastEntryOn = a.lastEntryAt ? localTime(a.lastEntryAt, timeZone).date : null;
  const running = !a.untilOn || today <= a.untilOn;
  switch (a.cadence) {
    case "once":
      return a.dueOn !== null && lastEntryOn === null;
    case "daily":
      return running && lastEntryOn !== today;
    case "weekly":
      // The first week runs from the day it was assigned.
      return running && (lastEntryOn ?? assignedOn) <= addDays(today, -7);
    case "whenever":
      // A log for when things happen: nothing to be late with.
      return false;
  }
}

/** Whether to email this partner a reminder now. */
export function isReminderDue(partner: ReminderPartner, now: Date): boolean {
  const { date: today, hour } = localTime(now, partner.timeZone);
  if (hour < QUIET_HOURS.firstHour || hour >= QUIET_HOURS.endHour) return false;
  const sinceLast = partner.lastRemindedAt
    ? now.getTime() - partner.lastRemindedAt.getTime()
    : null;
  if (sinceLast !== null && sinceLast < MIN_HOURS_BETWEEN_REMINDERS * 60 * 60 * 1000) return false;
  return partner.assignments.some((a) => isAssignmentDue(a, today, partner.timeZone));
}
