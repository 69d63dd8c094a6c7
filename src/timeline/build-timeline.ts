import { chartWindow, sessionDatesWithin } from "./chart-window";
import { bidsByWeek, csiPoints, cyclesByWeek, hurtsByWeek, repairByWeek } from "./aggregates";
import { completionByWeek } from "./completion";
import { suggestFocus } from "./focus";
import { findHighlights } from "./highlights";
import { keyNumbers } from "./key-numbers";
import { compareEntries } from "./lists";
import { previousPeriod, within } from "./period";
import { privateAuthorsOf, withProvenance } from "./provenance";
import { cycleLoop } from "./cycle-loop";
import { programmeWeeksWithin } from "./programme-weeks";
import { positiveWork } from "./positive-work";
import type { CoupleTimeline, TimelineEntry, TimelineInput } from "./types";
import { weekBuckets } from "./weeks";

/** The loaded entries the period itself holds: those the timeline lists and counts. */
export function periodEntries(input: Pick<TimelineInput, "entries" | "period">): TimelineEntry[] {
  return input.entries.filter(within(input.period));
}

/**
 * A couple's pattern timeline for one period, computed once for the page and the PDF. `entries`
 * holds only the period; the weekly rows and CSI-4 points cover the charts' window (the period
 * and the weeks before it, at least 8); key numbers compare the period with the previous one of
 * equal length; the highlight rules may also look back before it.
 */
export function buildTimeline(input: TimelineInput): CoupleTimeline {
  const { period, timeZone, now, assignments } = input;
  const previous = previousPeriod(period);
  const window = chartWindow(period, timeZone);
  const weeks = weekBuckets(window, timeZone);
  const entries = periodEntries(input).sort(compareEntries);
  const charted = input.entries.filter(within(window)).sort(compareEntries);
  const highlights = withProvenance(findHighlights(input), input.entries);
  const loop = cycleLoop(entries, input.partners);
  return {
    period,
    previous,
    timeZone,
    dateStyle: input.dateStyle,
    partners: input.partners,
    csiCutoff: input.csiCutoff,
    chartWindow: window,
    weeks,
    sessionDates: sessionDatesWithin(input.sessionDates, window, timeZone),
    programmeWeeks: programmeWeeksWithin(input.programmeWeeks ?? [], window, timeZone),
    entries,
    hurts: hurtsByWeek(charted, weeks, timeZone),
    repair: repairByWeek(charted, weeks, timeZone),
    bids: bidsByWeek(charted, weeks, timeZone),
    cycles: cyclesByWeek(charted, weeks, timeZone),
    csi: csiPoints(charted),
    completion: completionByWeek(charted, assignments, weeks, { period: window, timeZone, now }),
    keyNumbers: {
      current: keyNumbers(entries, assignments, { period, timeZone, now }),
      previous: keyNumbers(input.entries, assignments, { period: previous, timeZone, now }),
    },
    highlights,
    focus: suggestFocus(highlights, input.partners),
    cycleLoop: loop && { ...loop, privateFrom: privateAuthorsOf(loop.entryIds, entries) },
    positive: positiveWork(input.entries, { period, timeZone, now }),
  };
}
