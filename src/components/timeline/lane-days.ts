import { dateFormat, type DateSettings } from "~/dates";
import { localDateOf } from "~/timeline/weeks";

export interface LaneDay<T> {
  /** "2026-03-02", the local date in the couple's time zone */
  date: string;
  /** "Mon, Mar 2, 2026" or "Mon 2 Mar 2026", in the practice's style */
  label: string;
  entries: T[];
}

/**
 * Both partners' entries on one axis, oldest first, split into the couple's calendar days so the
 * page can draw a separator between days.
 */
export function laneDays<T extends { occurredAt: Date }>(
  entries: readonly T[],
  dates: DateSettings,
): LaneDay<T>[] {
  const { dayHeading } = dateFormat(dates);
  const sorted = [...entries].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const days: LaneDay<T>[] = [];
  for (const entry of sorted) {
    const date = localDateOf(entry.occurredAt, dates.timeZone);
    const last = days.at(-1);
    if (last?.date === date) last.entries.push(entry);
    else days.push({ date, label: dayHeading(date), entries: [entry] });
  }
  return days;
}
