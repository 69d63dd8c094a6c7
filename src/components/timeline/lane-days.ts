import { localDateOf } from "~/timeline/weeks";

export interface LaneDay<T> {
  /** "2026-03-02", the local date in the couple's time zone */
  date: string;
  /** "Mon, 2 Mar 2026" */
  label: string;
  entries: T[];
}

/** "Mon, 2 Mar 2026" for a local date, whatever the reader's zone. */
export function dayLabel(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** "21:05" on the couple's clock. */
export function clockTime(instant: Date, timeZone: string): string {
  return instant.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
}

/**
 * Both partners' entries on one axis, oldest first, split into the couple's calendar days so the
 * page can draw a separator between days.
 */
export function laneDays<T extends { occurredAt: Date }>(
  entries: readonly T[],
  timeZone: string,
): LaneDay<T>[] {
  const sorted = [...entries].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const days: LaneDay<T>[] = [];
  for (const entry of sorted) {
    const date = localDateOf(entry.occurredAt, timeZone);
    const last = days.at(-1);
    if (last?.date === date) last.entries.push(entry);
    else days.push({ date, label: dayLabel(date), entries: [entry] });
  }
  return days;
}
