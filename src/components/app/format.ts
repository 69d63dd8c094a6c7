import type { CoupleStatus } from "~/domain/couple";

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "today", "3 days ago", "2 months ago": how long since, in the reader's terms. */
export function sinceLabel(date: Date | null, now = new Date()): string {
  if (!date) return "No activity yet";
  const days = Math.round((date.getTime() - now.getTime()) / 86_400_000);
  if (Math.abs(days) < 30) return relative.format(days, "day");
  const months = Math.round(days / 30);
  if (Math.abs(months) < 12) return relative.format(months, "month");
  return relative.format(Math.round(days / 365), "year");
}

export function personName(person: { name: string | null; email: string }): string {
  return person.name ?? person.email;
}

export const statusTone: Record<CoupleStatus, string> = {
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-amber-100 text-amber-900",
  discharged: "bg-slate-200 text-slate-800",
};

/** A moment as the couple lived it: "Mon 3 Mar 2025, 14:05" in their time zone. */
export function dateTimeIn(date: Date, timeZone: string): string {
  return date.toLocaleString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
}

/** A calendar date stored as "2025-03-04", shown as "4 Mar 2025" whatever the reader's zone. */
export function calendarDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
