import { bidsByWeek, csiPoints, cyclesByWeek, hurtsByWeek, repairByWeek } from "./aggregates";
import { completionByWeek } from "./completion";
import { suggestFocus } from "./focus";
import { findHighlights } from "./highlights";
import { keyNumbers } from "./key-numbers";
import { compareEntries } from "./lists";
import { previousPeriod, within } from "./period";
import { privateAuthorsOf, withProvenance } from "./provenance";
import { cycleLoop } from "./cycle-loop";
import type { CoupleTimeline, TimelineInput } from "./types";
import { weekBuckets } from "./weeks";

/**
 * A couple's pattern timeline for one period, computed once for the page and the PDF. `entries`
 * and the weekly rows hold only the period; key numbers compare it with the previous period of
 * equal length; the highlight rules may also look back before it.
 */
export function buildTimeline(input: TimelineInput): CoupleTimeline {
  const { period, timeZone, now, assignments } = input;
  const previous = previousPeriod(period);
  const weeks = weekBuckets(period, timeZone);
  const entries = input.entries.filter(within(period)).sort(compareEntries);
  const highlights = withProvenance(findHighlights(input), input.entries);
  const loop = cycleLoop(entries, input.partners);
  return {
    period,
    previous,
    timeZone,
    dateStyle: input.dateStyle,
    partners: input.partners,
    csiCutoff: input.csiCutoff,
    weeks,
    entries,
    hurts: hurtsByWeek(entries, weeks, timeZone),
    repair: repairByWeek(entries, weeks, timeZone),
    bids: bidsByWeek(entries, weeks, timeZone),
    cycles: cyclesByWeek(entries, weeks, timeZone),
    csi: csiPoints(entries),
    completion: completionByWeek(entries, assignments, weeks, { period, timeZone, now }),
    keyNumbers: {
      current: keyNumbers(entries, assignments, { period, timeZone, now }),
      previous: keyNumbers(input.entries, assignments, { period: previous, timeZone, now }),
    },
    highlights,
    focus: suggestFocus(highlights, input.partners),
    cycleLoop: loop && { ...loop, privateFrom: privateAuthorsOf(loop.entryIds, entries) },
  };
}
