import { answerRows, type AnswerRow } from "~/homework/answers";
import { getKind, isKindKey } from "~/homework/registry";
import { csiPoints, repairOf } from "./aggregates";
import { isDrawnWeek, type ProgrammeWeekSpan } from "./programme-weeks";
import type { PartnerPosition, TimelineEntry } from "./types";
import { localDateOf } from "./weeks";

/**
 * The week-6 review: a programme's first and last weeks side by side, per partner, for the
 * therapist (the timeline page and the session-prep PDF). Pure: the server hands it the run's
 * weeks and the couple's entries from the first week on, as the timeline reads them.
 */

/** One partner in one week. */
export interface ReviewWeekSide {
  /** the latest CSI-4 of the week, 0–21, or null */
  csi: number | null;
  /** entries of the ritual tracker, and distinct ritual check-offs (a ritual on a day) in them */
  ritualEntries: number;
  ritualsKept: number;
  connectionMoments: number;
  hurts: number;
  /** hurts whose repair is known, those repaired, and repaired / known (null when none known) */
  hurtsAnswered: number;
  repaired: number;
  repairedShare: number | null;
}

interface ReviewWeek {
  weekNumber: number;
  title: string;
  startsOn: string;
  endsOn: string;
  sides: Record<PartnerPosition, ReviewWeekSide>;
}

/** A partner's reflection: "start" from the first week, "review" from the last. App and PDF only. */
export interface ReviewReflection {
  entryId: string;
  occurredAt: Date;
  stage: "start" | "review";
  answers: AnswerRow[];
}

export interface ProgrammeReview {
  runId: string;
  runTitle: string;
  weekCount: number;
  first: ReviewWeek;
  last: ReviewWeek;
  reflections: Record<
    PartnerPosition,
    { start: ReviewReflection | null; review: ReviewReflection | null }
  >;
}

const RITUALS = "ritual_tracker";
const MOMENTS = "connection_moment";
const REFLECTION = "reflection";

/**
 * The run whose review is due: the newest run (by its first week) whose last week that took
 * place has begun by `today`. A run stopped before its last week has no review.
 */
export function reviewedRun(
  weeks: readonly ProgrammeWeekSpan[],
  today: string,
): { first: ProgrammeWeekSpan; last: ProgrammeWeekSpan } | null {
  const runs = new Map<string, ProgrammeWeekSpan[]>();
  for (const week of weeks) runs.set(week.runId, [...(runs.get(week.runId) ?? []), week]);
  const due = [...runs.values()].flatMap((runWeeks) => {
    const held = runWeeks.filter(isDrawnWeek).sort((a, b) => a.weekNumber - b.weekNumber);
    const first = held[0];
    const last = held.at(-1);
    // A cancelled week means the run stopped first: no review of a plan that did not get there.
    if (!first || !last || runWeeks.some((w) => w.status === "cancelled")) return [];
    return last.weekNumber === first.weekCount && last.startsOn <= today ? [{ first, last }] : [];
  });
  return due.sort((a, b) => (a.first.startsOn < b.first.startsOn ? 1 : -1))[0] ?? null;
}

/** Whether an entry counts for a week: asked by its homework, or (unasked) dated inside it. */
function inWeek(week: ProgrammeWeekSpan, assignmentIds: ReadonlySet<string>, timeZone: string) {
  return (entry: TimelineEntry) => {
    if (entry.assignmentId && assignmentIds.has(entry.assignmentId)) return true;
    const day = entry.metrics.ritualDay ?? localDateOf(entry.occurredAt, timeZone);
    return day >= week.startsOn && day <= week.endsOn;
  };
}

function ritualsKept(entries: readonly TimelineEntry[], timeZone: string): number {
  const kept = new Set<string>();
  for (const entry of entries) {
    const day = entry.metrics.ritualDay ?? localDateOf(entry.occurredAt, timeZone);
    for (const ritual of entry.metrics.ritualsDone ?? []) kept.add(`${ritual.id}:${day}`);
  }
  return kept.size;
}

function side(entries: readonly TimelineEntry[], timeZone: string): ReviewWeekSide {
  const ofKind = (kind: string) => entries.filter((e) => e.kind === kind);
  const repair = repairOf(ofKind("micro_hurt"));
  const rituals = ofKind(RITUALS);
  return {
    csi: csiPoints(entries).at(-1)?.score ?? null,
    ritualEntries: rituals.length,
    ritualsKept: ritualsKept(rituals, timeZone),
    connectionMoments: ofKind(MOMENTS).length,
    hurts: repair.logged,
    hurtsAnswered: repair.answered,
    repaired: repair.repaired,
    repairedShare: repair.share,
  };
}

function reviewWeek(
  week: ProgrammeWeekSpan,
  entries: readonly TimelineEntry[],
  assignmentIds: ReadonlySet<string>,
  timeZone: string,
): ReviewWeek {
  const held = entries.filter(inWeek(week, assignmentIds, timeZone));
  const of = (position: PartnerPosition) =>
    side(
      held.filter((e) => e.position === position),
      timeZone,
    );
  const sides = { 1: of(1), 2: of(2) };
  const { weekNumber, title, startsOn, endsOn } = week;
  return { weekNumber, title, startsOn, endsOn, sides };
}

/** A reflection's own words, in the order its form asks them (the stage question left out). */
function reflectionOf(entry: TimelineEntry, stage: "start" | "review"): ReviewReflection {
  const kind = isKindKey(entry.kind) ? getKind(entry.kind) : null;
  const sections = (kind?.sections ?? []).map((s) => ({
    ...s,
    fields: s.fields.filter((f) => f.type === "text"),
  }));
  return {
    entryId: entry.id,
    occurredAt: entry.occurredAt,
    stage,
    answers: answerRows(sections, entry.payload),
  };
}

/** Each partner's first "starting out" reflection and latest "looking back" one in the run. */
function reflections(entries: readonly TimelineEntry[]): ProgrammeReview["reflections"] {
  const result: ProgrammeReview["reflections"] = {
    1: { start: null, review: null },
    2: { start: null, review: null },
  };
  const sorted = entries
    .filter((e) => e.kind === REFLECTION)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const entry of sorted) {
    const stage = entry.metrics.reflectionStage;
    const mine = result[entry.position];
    if (stage === "start" && !mine.start) mine.start = reflectionOf(entry, "start");
    if (stage === "review") mine.review = reflectionOf(entry, "review");
  }
  return result;
}

/**
 * The review of a run that reached its last week: weeks 1 and the last side by side, per partner,
 * and each partner's start and review reflections. `entries`: the couple's, from the run's start.
 * `assignmentIds`: the homework each of the two weeks assigned (entries sent late still count).
 */
export function programmeReview(input: {
  weeks: readonly ProgrammeWeekSpan[];
  entries: readonly TimelineEntry[];
  assignmentIds: { first: ReadonlySet<string>; last: ReadonlySet<string> };
  timeZone: string;
  today: string;
}): ProgrammeReview | null {
  const due = reviewedRun(input.weeks, input.today);
  if (!due) return null;
  const { first, last } = due;
  const fromRun = input.entries.filter(
    (e) => localDateOf(e.occurredAt, input.timeZone) >= first.startsOn,
  );
  return {
    runId: first.runId,
    runTitle: first.runTitle,
    weekCount: first.weekCount,
    first: reviewWeek(first, fromRun, input.assignmentIds.first, input.timeZone),
    last: reviewWeek(last, fromRun, input.assignmentIds.last, input.timeZone),
    reflections: reflections(fromRun),
  };
}
