import type { DateFormat } from "~/dates";
import {
  safetyFlagSourceLabel,
  safetyOutcomeLabel,
  type SafetyFlagSource,
  type SafetyOutcome,
} from "~/domain/safety";
import type { Period, PartnerPosition, TimelineEntry } from "./types";

/** A safety flag as the timeline and the PDF head them: open ones whatever their age. */
export interface TimelineSafetyFlag {
  id: string;
  source: SafetyFlagSource;
  raisedAt: Date;
  position: PartnerPosition;
  partnerName: string;
  /** closed with a follow-up; null while open */
  closed: { at: Date; outcome: SafetyOutcome | null } | null;
  /** the flagged entry, when the flag came from a form and the entry can be read */
  entry: TimelineEntry | null;
}

/**
 * The flags to head a period with: every open flag, whenever raised, then the flags raised in the
 * period that are closed; oldest first within each.
 */
export function safetyFlagsToHead(
  flags: readonly TimelineSafetyFlag[],
  period: Period,
): TimelineSafetyFlag[] {
  const inPeriod = (f: TimelineSafetyFlag) =>
    f.raisedAt.getTime() >= period.from.getTime() && f.raisedAt.getTime() < period.to.getTime();
  const oldestFirst = (a: TimelineSafetyFlag, b: TimelineSafetyFlag) =>
    a.raisedAt.getTime() - b.raisedAt.getTime() || a.id.localeCompare(b.id);
  const open = flags.filter((f) => !f.closed).sort(oldestFirst);
  const closed = flags.filter((f) => f.closed && inPeriod(f)).sort(oldestFirst);
  return [...open, ...closed];
}

/** One line for a flag, the same on the page and in the PDF. */
export function safetyFlagLine(
  flag: TimelineSafetyFlag,
  period: Period,
  dates: DateFormat,
): { status: string; text: string } {
  const before = flag.raisedAt.getTime() < period.from.getTime() ? " (before this period)" : "";
  const status = flag.closed
    ? `Closed ${dates.day(flag.closed.at)}${flag.closed.outcome ? `: ${safetyOutcomeLabel[flag.closed.outcome]}` : ""}`
    : "Open, not yet followed up";
  return {
    status,
    text: `${flag.partnerName}: ${safetyFlagSourceLabel[flag.source]}, ${dates.moment(flag.raisedAt)}${before}`,
  };
}
