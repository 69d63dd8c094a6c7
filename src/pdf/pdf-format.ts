import { dateFormat, type DateFormat } from "~/dates";
import { getKind, isKindKey } from "~/homework/registry";
import { isPrivateEntry } from "~/timeline/provenance";
import type { TimelineEntry } from "~/timeline/types";
import type { SessionPrep } from "~/prep/session-prep-types";

/** Every date the PDF prints: the practice's style, in the couple's time zone, as on the page. */
export function prepDates(prep: Pick<SessionPrep, "timeZone" | "timeline">): DateFormat {
  return dateFormat({ style: prep.timeline.dateStyle, timeZone: prep.timeZone });
}

export function kindTitle(kind: string): string {
  return isKindKey(kind) ? getKind(kind).title : "Entry";
}

/**
 * Who wrote it, whether their partner may see it, whether it was a quick log, and when:
 * "Alex · private · quick log · Nov 3, 2026 · 9:40 PM".
 */
export function attribution(entry: TimelineEntry, dates: DateFormat): string {
  const shared = isPrivateEntry(entry) ? "private" : "shared with partner";
  const quick = entry.quick ? " · quick log" : "";
  return `${entry.partnerName} · ${shared}${quick} · ${dates.moment(entry.occurredAt)}`;
}
