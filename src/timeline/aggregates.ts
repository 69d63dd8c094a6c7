import type {
  BidResponses,
  BidsWeek,
  CsiPoint,
  CycleWeek,
  HurtsWeek,
  RepairWeek,
  TimelineEntry,
  WeekBucket,
} from "./types";
import { compareText } from "./lists";
import { groupByWeek } from "./weeks";

/**
 * Weekly aggregates of a couple's entries. Every function takes the entries already limited to
 * the period and the period's week buckets, and returns one row per week, empty weeks included,
 * so charts keep a steady time axis.
 */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

const ofKind = (entries: readonly TimelineEntry[], kind: TimelineEntry["kind"]) =>
  entries.filter((entry) => entry.kind === kind);

function weekly<T>(
  entries: readonly TimelineEntry[],
  weeks: readonly WeekBucket[],
  timeZone: string,
  row: (entries: TimelineEntry[]) => T,
): (WeekBucket & T)[] {
  const groups = groupByWeek(weeks, entries, (entry) => entry.occurredAt, timeZone);
  return weeks.map((week, i) => ({
    start: week.start,
    label: week.label,
    ...row(groups[i] ?? []),
  }));
}

function hurtCounts(hurts: readonly TimelineEntry[]): Omit<HurtsWeek, keyof WeekBucket> {
  const byCategory: Record<string, number> = {};
  for (const hurt of hurts) {
    const category = hurt.metrics.category ?? "other";
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  const intensities = hurts.flatMap((hurt) => hurt.metrics.intensity ?? []);
  return { byCategory, total: hurts.length, meanIntensity: mean(intensities) };
}

export function hurtsByWeek(
  entries: readonly TimelineEntry[],
  weeks: readonly WeekBucket[],
  timeZone: string,
): HurtsWeek[] {
  return weekly(ofKind(entries, "micro_hurt"), weeks, timeZone, hurtCounts);
}

/**
 * Logged hurts, how many say whether they were repaired (a quick log may not yet; it is left out of
 * the share rather than counted as unrepaired), how many are repaired as they stand now (original, latest update, landed linked
 * repair script), and the median of the repair times partners gave with a unit. Bare numbers
 * from before the form asked for a unit are counted apart, never guessed into minutes.
 */
export function repairOf(hurts: readonly TimelineEntry[]): Omit<RepairWeek, keyof WeekBucket> {
  const repaired = hurts.filter((hurt) => hurt.metrics.repaired === true);
  const answered = hurts.filter((hurt) => hurt.metrics.repaired !== undefined).length;
  const minutes = repaired.flatMap((hurt) => hurt.metrics.minutesToRepair ?? []);
  return {
    logged: hurts.length,
    answered,
    repaired: repaired.length,
    share: answered === 0 ? null : repaired.length / answered,
    medianMinutesToRepair: median(minutes),
    timesWithoutUnit: repaired.filter((hurt) => hurt.metrics.repairTimeWithoutUnit === true).length,
  };
}

/** Share of hurts raised with the partner, and how repair scripts went (landed, closeness). */
export function raisedAndLanded(entries: readonly TimelineEntry[]) {
  const hurts = ofKind(entries, "micro_hurt").flatMap((e) => e.metrics.raised ?? []);
  const scripts = ofKind(entries, "repair_script");
  const landed = scripts.flatMap((e) => e.metrics.landed ?? []);
  const share = (answers: boolean[]) =>
    answers.length === 0 ? null : answers.filter(Boolean).length / answers.length;
  return {
    raisedShare: share(hurts),
    landedShare: share(landed),
    meanCloseness: mean(scripts.flatMap((e) => e.metrics.closeness ?? [])),
  };
}

export function repairByWeek(
  entries: readonly TimelineEntry[],
  weeks: readonly WeekBucket[],
  timeZone: string,
): RepairWeek[] {
  return weekly(ofKind(entries, "micro_hurt"), weeks, timeZone, repairOf);
}

const noBids = (): BidResponses => ({ toward: 0, away: 0, against: 0 });

/** How bids were met: all together, and apart for bids made and bids received. */
export function bidCounts(entries: readonly TimelineEntry[]): Omit<BidsWeek, keyof WeekBucket> {
  const counts = { ...noBids(), made: noBids(), received: noBids() };
  for (const { metrics } of entries) {
    if (!metrics.bidResponse) continue;
    counts[metrics.bidResponse] += 1;
    if (metrics.bidDirection) counts[metrics.bidDirection][metrics.bidResponse] += 1;
  }
  return counts;
}

/** Share of bids turned toward, null with none. */
export function towardShareOf({ toward, away, against }: BidResponses): number | null {
  const responded = toward + away + against;
  return responded === 0 ? null : toward / responded;
}

export function bidsByWeek(
  entries: readonly TimelineEntry[],
  weeks: readonly WeekBucket[],
  timeZone: string,
): BidsWeek[] {
  return weekly(ofKind(entries, "bid"), weeks, timeZone, bidCounts);
}

function cycleRoles(maps: readonly TimelineEntry[]): Omit<CycleWeek, keyof WeekBucket> {
  const roles: CycleWeek["roles"] = {
    1: { pursue: 0, withdraw: 0 },
    2: { pursue: 0, withdraw: 0 },
  };
  for (const map of maps) {
    if (map.metrics.role) roles[map.position][map.metrics.role] += 1;
  }
  return { roles };
}

export function cyclesByWeek(
  entries: readonly TimelineEntry[],
  weeks: readonly WeekBucket[],
  timeZone: string,
): CycleWeek[] {
  return weekly(ofKind(entries, "cycle_map"), weeks, timeZone, cycleRoles);
}

/** Every CSI-4 score, oldest first (ties by entry id, so the order never depends on input). */
export function csiPoints(entries: readonly TimelineEntry[]): CsiPoint[] {
  return ofKind(entries, "csi4")
    .flatMap(({ position, occurredAt: at, metrics: { score }, id: entryId }): CsiPoint[] =>
      score === undefined ? [] : [{ position, at, score, entryId }],
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime() || compareText(a.entryId, b.entryId));
}
