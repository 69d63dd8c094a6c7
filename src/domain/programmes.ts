/**
 * Programmes: an ordered set of weeks, each with an intention shown to the partners and the
 * homework Attune assigns when the week begins. Defined once for the database enums, validation,
 * the pages and the PDF.
 */
import type { Cadence } from "./homework";
import type { KindKey } from "~/homework/types";

/** One piece of homework a programme week assigns. */
export interface ProgrammeHomework {
  kind: KindKey;
  cadence: Cadence;
  /** which partners: [1], [2] or [1, 2] */
  partnerPositions: number[];
  /** the therapist's short note to the couple, shown in the app only */
  note?: string;
  /** a practice's own wording of the kind (homework_templates.family_id); absent: built-in */
  templateFamilyId?: string;
  /** reflections only: the stage the form opens on (week 1 starts out, the last week looks back) */
  reflectionStage?: "start" | "review";
}

export interface ProgrammeWeekPlan {
  /** short name of the week: "Feeling safe together" */
  title: string;
  /** one or two sentences shown to the partners above the week's homework */
  intention: string;
  homework: ProgrammeHomework[];
}

/** A running programme: going, paused by the therapist, stopped early, or past its last week. */
export const programmeStatuses = ["active", "paused", "stopped", "finished"] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/**
 * One week of a running programme: waiting for its start, its homework assigned, skipped by the
 * therapist, or cancelled because the programme stopped before it began.
 */
export const programmeWeekStatuses = ["scheduled", "assigned", "skipped", "cancelled"] as const;
export type ProgrammeWeekStatus = (typeof programmeWeekStatuses)[number];

/** What a couple keeps a list of: rituals to check off, small wins to work towards. */
export const coupleItemTypes = ["ritual", "small_win"] as const;
export type CoupleItemType = (typeof coupleItemTypes)[number];

/** How often a ritual is meant to happen. */
export const ritualRhythms = ["daily", "weekly"] as const;
export type RitualRhythm = (typeof ritualRhythms)[number];
