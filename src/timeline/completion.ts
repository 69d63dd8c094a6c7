import type {
  CompletionWeek,
  PartnerPosition,
  Period,
  TimelineEntry,
  TimelineInput,
  WeekBucket,
} from "./types";
import { within } from "./period";
import { addDays, daysBetween, groupByWeek, localDateOf, mondayOf } from "./weeks";

/**
 * Homework completion: entries logged against an assignment, and what its cadence asks within a
 * stretch of local dates. Same cadence rules as the assignment list (src/server/assignments/
 * completion.ts), counted on the couple's calendar so a week's ask matches its chart bar: once →
 * one entry, in the week it was assigned; daily → each day from the day assigned up to its end
 * date and today; weekly → each Monday-start week begun; "whenever" asks no number.
 * Only active assignments ask anything: the timeline cannot tell when one was paused or cancelled,
 * and counting a cancelled daily task against every later day would read as falling behind.
 */

export type Assignment = TimelineInput["assignments"][number];

/** Local dates, both ends included. */
export interface DateRange {
  first: string;
  last: string;
}

const POSITIONS: PartnerPosition[] = [1, 2];

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The local dates a period covers (its end is exclusive). */
export function periodDates(period: Period, timeZone: string): DateRange {
  return {
    first: localDateOf(period.from, timeZone),
    last: localDateOf(new Date(period.to.getTime() - 1), timeZone),
  };
}

/** How many entries the assignment asks for within the range, as of `now`; null: no number. */
export function expectedWithin(
  assignment: Assignment,
  range: DateRange,
  timeZone: string,
  now: Date,
): number | null {
  if (assignment.status !== "active" || assignment.cadence === "whenever") return null;
  const assigned = localDateOf(assignment.createdAt, timeZone);
  const today = localDateOf(now, timeZone);
  if (assignment.cadence === "once") {
    const inRange = assigned >= range.first && assigned <= earlier(range.last, today);
    return inRange ? 1 : 0;
  }
  const first = later(range.first, assigned);
  const last = earlier(earlier(range.last, today), assignment.untilOn ?? range.last);
  if (first > last) return 0;
  if (assignment.cadence === "daily") return daysBetween(first, last) + 1;
  return daysBetween(mondayOf(first), mondayOf(last)) / 7 + 1;
}

const asksOf = (assignments: readonly Assignment[], position: PartnerPosition) =>
  assignments.filter((a) => a.status === "active" && a.partnerPositions.includes(position));

function doneFor(
  entries: readonly TimelineEntry[],
  position: PartnerPosition,
  assignmentId: string,
) {
  return entries.filter((e) => e.position === position && e.assignmentId === assignmentId).length;
}

function partnerWithin(
  entries: readonly TimelineEntry[],
  assignments: readonly Assignment[],
  position: PartnerPosition,
  context: { range: DateRange; timeZone: string; now: Date },
) {
  let done = 0;
  let expected = 0;
  let doneOfExpected = 0;
  for (const assignment of asksOf(assignments, position)) {
    const count = doneFor(entries, position, assignment.id);
    const asked = expectedWithin(assignment, context.range, context.timeZone, context.now) ?? 0;
    done += count;
    expected += asked;
    doneOfExpected += Math.min(count, asked);
  }
  return { done, expected, doneOfExpected };
}

/** Per week and partner: entries against their active assignments, and what was asked (null: nothing). */
export function completionByWeek(
  entries: readonly TimelineEntry[],
  assignments: readonly Assignment[],
  weeks: readonly WeekBucket[],
  context: { period: Period; timeZone: string; now: Date },
): CompletionWeek[] {
  const inPeriod = periodDates(context.period, context.timeZone);
  const logged = entries.filter((e) => e.assignmentId !== null && within(context.period)(e));
  const byWeek = groupByWeek(weeks, logged, (e) => e.occurredAt, context.timeZone);
  return weeks.map((week, i) => {
    const range = {
      first: later(week.label, inPeriod.first),
      last: earlier(addDays(week.label, 6), inPeriod.last),
    };
    const cell = (position: PartnerPosition) => {
      const asked = { ...context, range };
      const { done, expected } = partnerWithin(byWeek[i] ?? [], assignments, position, asked);
      return { done, expected: expected > 0 ? expected : null };
    };
    return { start: week.start, label: week.label, byPartner: { 1: cell(1), 2: cell(2) } };
  });
}

/**
 * Share of what was asked in the period that was done, per partner (null: nothing asked). Extra
 * entries for one assignment do not make up for another left undone.
 */
export function completionRates(
  entries: readonly TimelineEntry[],
  assignments: readonly Assignment[],
  context: { period: Period; timeZone: string; now: Date },
): Record<PartnerPosition, number | null> {
  const range = periodDates(context.period, context.timeZone);
  const inPeriod = entries.filter(within(context.period));
  const rates = { 1: null, 2: null } as Record<PartnerPosition, number | null>;
  for (const position of POSITIONS) {
    const { expected, doneOfExpected } = partnerWithin(inPeriod, assignments, position, {
      ...context,
      range,
    });
    rates[position] = expected > 0 ? doneOfExpected / expected : null;
  }
  return rates;
}
