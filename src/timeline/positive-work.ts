import type { RitualRhythm } from "~/domain/programmes";
import { mean } from "./aggregates";
import { within } from "./period";
import type { Period, PartnerPosition, TimelineEntry } from "./types";
import { addDays, localDateOf, mondayOf } from "./weeks";

/**
 * The positive half of the work: rituals kept, small wins, reflections. Rituals are told as what
 * was kept ("kept 5 of the last 7 days", "3 days running"), never as what was missed.
 */

export interface RitualStreak {
  position: PartnerPosition;
  ritualId: string;
  label: string;
  rhythm: RitualRhythm;
  /** days (daily) or Monday-start weeks (weekly) with a tick, of the last `outOf` */
  kept: number;
  outOf: number;
  /** days or weeks in a row up to the latest one, counting from yesterday or last week when the current one has no tick yet */
  running: number;
  text: string;
}

export interface SmallWinProgress {
  goalId: string;
  label: string;
  steps: Record<PartnerPosition, number>;
  latest: Date;
}

interface ReflectionItem {
  entryId: string;
  position: PartnerPosition;
  at: Date;
  stage: "start" | "review";
  summary: string;
}

export interface PositiveWork {
  rituals: RitualStreak[];
  smallWins: SmallWinProgress[];
  reflections: ReflectionItem[];
}

const DAYS_LOOKED_AT = 7;
const WEEKS_LOOKED_AT = 4;

function streakText(rhythm: RitualRhythm, kept: number, outOf: number, running: number): string {
  const unit = rhythm === "daily" ? "day" : "week";
  const plural = (n: number) => (n === 1 ? unit : `${unit}s`);
  const keptText = `kept ${kept} of the last ${outOf} ${plural(outOf)}`;
  return running >= 2 ? `${keptText}, ${running} ${plural(running)} running` : keptText;
}

/** Ticks per partner and ritual, keyed by local day (daily) or the week's Monday (weekly). */
function ticksOf(entries: readonly TimelineEntry[], timeZone: string) {
  const ticks = new Map<
    string,
    {
      position: PartnerPosition;
      ritual: { id: string; label: string; rhythm: RitualRhythm };
      slots: Set<string>;
    }
  >();
  for (const entry of entries) {
    const day = entry.metrics.ritualDay ?? localDateOf(entry.occurredAt, timeZone);
    for (const ritual of entry.metrics.ritualsDone ?? []) {
      const key = `${entry.position}:${ritual.id}`;
      const held = ticks.get(key) ?? { position: entry.position, ritual, slots: new Set<string>() };
      // the label as most recently ticked, should the couple have renamed it
      held.ritual = ritual;
      held.slots.add(ritual.rhythm === "weekly" ? mondayOf(day) : day);
      ticks.set(key, held);
    }
  }
  return [...ticks.values()];
}

/**
 * Each partner's rituals as kept up to `today` (the last day of the period, or today if sooner):
 * daily ones over the last 7 days, weekly ones over the last 4 weeks.
 */
export function ritualStreaks(
  entries: readonly TimelineEntry[],
  context: { timeZone: string; today: string },
): RitualStreak[] {
  const ritualEntries = entries.filter((e) => e.kind === "ritual_tracker");
  return ticksOf(ritualEntries, context.timeZone)
    .map(({ position, ritual, slots }) => {
      const weekly = ritual.rhythm === "weekly";
      const outOf = weekly ? WEEKS_LOOKED_AT : DAYS_LOOKED_AT;
      const step = weekly ? 7 : 1;
      const current = weekly ? mondayOf(context.today) : context.today;
      const recent = Array.from({ length: outOf }, (_, i) => addDays(current, -i * step));
      const kept = recent.filter((slot) => slots.has(slot)).length;
      // The current day or week may simply not be ticked yet: a run counts on from the one before.
      let cursor = slots.has(current) ? current : addDays(current, -step);
      let running = 0;
      while (slots.has(cursor)) {
        running += 1;
        cursor = addDays(cursor, -step);
      }
      const { id: ritualId, label, rhythm } = ritual;
      return {
        position,
        ritualId,
        label,
        rhythm,
        kept,
        outOf,
        running,
        text: streakText(rhythm, kept, outOf, running),
      };
    })
    .sort((a, b) => a.position - b.position || a.label.localeCompare(b.label, "en"));
}

/** Steps logged towards each small win in the period, per partner, most recently active first. */
export function smallWinProgress(entries: readonly TimelineEntry[]): SmallWinProgress[] {
  const goals = new Map<string, SmallWinProgress>();
  for (const entry of entries) {
    const goal = entry.metrics.smallWin;
    if (entry.kind !== "small_win" || !goal) continue;
    const held = goals.get(goal.id) ?? {
      goalId: goal.id,
      label: goal.label,
      steps: { 1: 0, 2: 0 },
      latest: entry.occurredAt,
    };
    held.steps[entry.position] += 1;
    if (entry.occurredAt >= held.latest) {
      held.latest = entry.occurredAt;
      held.label = goal.label;
    }
    goals.set(goal.id, held);
  }
  return [...goals.values()].sort(
    (a, b) => b.latest.getTime() - a.latest.getTime() || a.goalId.localeCompare(b.goalId),
  );
}

function reflectionsOf(entries: readonly TimelineEntry[]): ReflectionItem[] {
  return entries.flatMap((entry) =>
    entry.kind === "reflection" && entry.metrics.reflectionStage
      ? [
          {
            entryId: entry.id,
            position: entry.position,
            at: entry.occurredAt,
            stage: entry.metrics.reflectionStage,
            summary: entry.summary,
          },
        ]
      : [],
  );
}

/** Connection moments and bids turned toward in a set of entries: the turned-toward signals. */
export function turnedTowardCounts(entries: readonly TimelineEntry[]) {
  const bidsToward = entries.filter(
    (e) => e.kind === "bid" && e.metrics.bidResponse === "toward",
  ).length;
  const moments = entries.filter((e) => e.metrics.turnedToward === true);
  return {
    bidsToward,
    connectionMoments: moments.length,
    total: bidsToward + moments.length,
    meanConnectionCloseness: mean(moments.flatMap((e) => e.metrics.closeness ?? [])),
  };
}

export function positiveWork(
  all: readonly TimelineEntry[],
  context: { period: Period; timeZone: string; now: Date },
): PositiveWork {
  const inPeriod = all.filter(within(context.period));
  const lastDay = addDays(localDateOf(context.period.to, context.timeZone), -1);
  const todayNow = localDateOf(context.now, context.timeZone);
  const today = lastDay < todayNow ? lastDay : todayNow;
  return {
    rituals: ritualStreaks(all, { timeZone: context.timeZone, today }),
    smallWins: smallWinProgress(inPeriod),
    reflections: reflectionsOf(inPeriod),
  };
}
