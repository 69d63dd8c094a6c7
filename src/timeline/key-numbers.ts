import { bidCounts, csiPoints, raisedAndLanded, repairOf, towardShareOf } from "./aggregates";
import { type Assignment, completionRates } from "./completion";
import { within } from "./period";
import { turnedTowardCounts } from "./positive-work";
import type { KeyNumbers, PartnerPosition, Period, TimelineEntry } from "./types";

function latestCsi(entries: readonly TimelineEntry[]): Record<PartnerPosition, number | null> {
  const latest: Record<PartnerPosition, number | null> = { 1: null, 2: null };
  for (const point of csiPoints(entries)) latest[point.position] = point.score;
  return latest;
}

function turnedTowardNumbers(entries: readonly TimelineEntry[]) {
  const { meanConnectionCloseness, ...turnedToward } = turnedTowardCounts(entries);
  return { turnedToward, connectionCloseness: meanConnectionCloseness };
}

/** The headline numbers of one period, from whichever of the entries fall inside it. */
export function keyNumbers(
  entries: readonly TimelineEntry[],
  assignments: readonly Assignment[],
  context: { period: Period; timeZone: string; now: Date },
): KeyNumbers {
  const inPeriod = entries.filter(within(context.period));
  const repair = repairOf(inPeriod.filter((entry) => entry.kind === "micro_hurt"));
  const bids = bidCounts(inPeriod.filter((entry) => entry.kind === "bid"));
  return {
    hurts: repair.logged,
    hurtsAnswered: repair.answered,
    repairRate: repair.share,
    medianMinutesToRepair: repair.medianMinutesToRepair,
    repairTimesWithoutUnit: repair.timesWithoutUnit,
    ...raisedAndLanded(inPeriod),
    towardShare: { made: towardShareOf(bids.made), received: towardShareOf(bids.received) },
    ...turnedTowardNumbers(inPeriod),
    csi: latestCsi(inPeriod),
    completion: completionRates(inPeriod, assignments, context),
  };
}
