import { chartWindow } from "~/timeline/chart-window";
import { highlightRules } from "~/timeline/highlights";
import { previousPeriod, withLookback } from "~/timeline/period";
import type { Period } from "~/timeline/types";
import { addDays, daysBetween, localDateOf, startOfLocalDay } from "~/timeline/weeks";
import type { TimelineRange } from "~/validation/timeline";

/** Days a preset looks back, counting today. */
const presetDays = { "4w": 28, "12w": 84 } as const;

export interface ResolvedPeriod {
  period: Period;
  /** first and last calendar day covered, in the couple's time zone */
  fromDate: string;
  toDate: string;
  days: number;
  /** "since last session" with no session recorded yet: the last 4 weeks instead */
  noSessionYet: boolean;
  /**
   * where the one entries query starts: the previous period less the rules' look-back, or the
   * charts' window (at least 8 weeks), whichever is earlier
   */
  loadFrom: Date;
}

export interface PeriodFacts {
  timeZone: string;
  now: Date;
  /** latest recorded session date, if any */
  latestSessionOn: string | null;
  /** the couple's earliest entry or creation, for "all" */
  firstActivityAt: Date;
}

function calendarRange(range: TimelineRange, facts: PeriodFacts): [string, string, boolean] {
  const today = localDateOf(facts.now, facts.timeZone);
  const notAfterToday = (date: string) => (date < today ? date : today);
  if (typeof range === "object") return [range.from, range.to, false];
  switch (range) {
    case "4w":
    case "12w":
      return [addDays(today, 1 - presetDays[range]), today, false];
    case "all":
      return [notAfterToday(localDateOf(facts.firstActivityAt, facts.timeZone)), today, false];
    case "since_last_session":
      return facts.latestSessionOn
        ? [notAfterToday(facts.latestSessionOn), today, false]
        : [addDays(today, 1 - presetDays["4w"]), today, true];
  }
}

/**
 * A range as whole days in the couple's time zone: from the start of its first day to the start
 * of the day after its last. The session day itself counts as "since the last session".
 */
export function resolvePeriod(range: TimelineRange, facts: PeriodFacts): ResolvedPeriod {
  const [fromDate, toDate, noSessionYet] = calendarRange(range, facts);
  const period = {
    from: startOfLocalDay(fromDate, facts.timeZone),
    to: startOfLocalDay(addDays(toDate, 1), facts.timeZone),
  };
  // The builder's own previous period and the rules' look-back before it, and the charts'
  // weeks: the one query loads everything the builder reads.
  const lookback = withLookback(previousPeriod(period), highlightRules.lookbackDays).from;
  const charted = chartWindow(period, facts.timeZone).from;
  const loadFrom = charted < lookback ? charted : lookback;
  return {
    period,
    fromDate,
    toDate,
    days: daysBetween(fromDate, toDate) + 1,
    noSessionYet,
    loadFrom,
  };
}
