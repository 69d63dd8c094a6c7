import { calendarDate } from "~/components/app/format";
import { getKind, isKindKey } from "~/homework/registry";
import type { TimelineEntry } from "~/timeline/types";

export { calendarDate };

/** "Tue 3 Nov, 21:40" where the couple lives. */
export function momentIn(at: Date, timeZone: string): string {
  return at.toLocaleString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
}

/** "3 Nov 2026 – 17 Nov 2026" or one day. */
export function dateRange(from: string, to: string): string {
  return from === to ? calendarDate(from) : `${calendarDate(from)} – ${calendarDate(to)}`;
}

export function kindTitle(kind: string): string {
  return isKindKey(kind) ? getKind(kind).title : "Entry";
}

/** Who wrote it, whether their partner may see it, and when: "Alex · private · Tue 3 Nov, 21:40". */
export function attribution(entry: TimelineEntry, timeZone: string): string {
  const shared = entry.visibility === "shared" ? "shared with partner" : "private";
  return `${entry.partnerName} · ${shared} · ${momentIn(entry.occurredAt, timeZone)}`;
}
