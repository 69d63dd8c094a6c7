import type { AssignmentStatus, Cadence, EntryVisibility } from "~/domain/homework";
import type { DateStyle } from "~/dates";
import type { EntryMetrics, KindKey } from "~/homework/types";
import type { ProgrammeWeekSpan } from "./programme-weeks";
import type { PositiveWork } from "./positive-work";

/**
 * The pattern timeline's shared vocabulary. The server turns a couple's entries into a
 * CoupleTimeline once; the web page and the session-prep PDF both draw from it, so the PDF shows
 * exactly what the page shows. Pure data: no React, no database.
 */

export type PartnerPosition = 1 | 2;

/** One entry as the timeline needs it: its metrics already computed by its kind. */
export interface TimelineEntry {
  id: string;
  kind: KindKey;
  position: PartnerPosition;
  partnerName: string;
  occurredAt: Date;
  visibility: EntryVisibility;
  safetyFlag: boolean;
  /** saved from the kind's quick form (its author may have added the rest later) */
  quick?: boolean;
  metrics: EntryMetrics;
  /** The kind's one-line summary. */
  summary: string;
  /** The partner's own words worth quoting (observation, trigger, bid…), already chosen by kind. */
  quote: string | null;
  /** as it reads now: the original answers with the author's latest update, if any */
  payload: Record<string, unknown>;
  assignmentId: string | null;
  /** when its author last updated it after sending */
  updatedAt?: Date;
}

export interface Period {
  from: Date;
  /** exclusive */
  to: Date;
}

export interface WeekBucket {
  /** Monday 00:00 of the week in the couple's time zone, as an instant */
  start: Date;
  /** "2026-11-16" in the couple's time zone */
  label: string;
}

export interface HurtsWeek extends WeekBucket {
  byCategory: Record<string, number>;
  total: number;
  /** mean intensity 0–10 of that week's hurts, null when none */
  meanIntensity: number | null;
}

export interface RepairWeek extends WeekBucket {
  logged: number;
  /** logged hurts whose repair is known: answered, or a linked repair landed (a quick log may not say yet) */
  answered: number;
  repaired: number;
  /** repaired / answered, null when none answered */
  share: number | null;
  /** minutes, over the repaired hurts that say how long with a unit */
  medianMinutesToRepair: number | null;
  /** repaired hurts whose time was a bare number with no unit, left out of the median */
  timesWithoutUnit: number;
}

export interface BidResponses {
  toward: number;
  away: number;
  against: number;
}

/** Bids per week: all of them, and split by whose bid it was (made by the one who logged it or received). */
export interface BidsWeek extends WeekBucket, BidResponses {
  made: BidResponses;
  received: BidResponses;
}

export interface CycleWeek extends WeekBucket {
  /** per partner: how many cycle maps they logged as pursuer / withdrawer */
  roles: Record<PartnerPosition, { pursue: number; withdraw: number }>;
}

export interface CsiPoint {
  position: PartnerPosition;
  at: Date;
  score: number;
  entryId: string;
}

export interface CompletionWeek extends WeekBucket {
  /** entries logged against assignments, per partner, and what was asked of them */
  byPartner: Record<PartnerPosition, { done: number; expected: number | null }>;
}

export interface KeyNumbers {
  hurts: number;
  /** hurts whose repair is known (a quick log not yet completed does not say) */
  hurtsAnswered: number;
  /** repaired / answered, 0–1 or null */
  repairRate: number | null;
  medianMinutesToRepair: number | null;
  /** repair times given without a unit (before the form asked for one), left out of the median */
  repairTimesWithoutUnit: number;
  /** share of hurts their author raised with their partner, 0–1 or null */
  raisedShare: number | null;
  /** share of repair scripts said to have landed, of those that say, 0–1 or null */
  landedShare: number | null;
  /** mean "how close do you feel now" (0–10) on repair scripts, null when none */
  meanCloseness: number | null;
  /**
   * Share turned toward, 0–1 or null, apart for bids the logging partner made (their partner's
   * response, as they saw it) and bids they received (their own response, as they saw it).
   */
  towardShare: { made: number | null; received: number | null };
  /**
   * Turned-toward signals: bids met toward (either direction) and connection moments, counted
   * apart and together. The bid shares above stay shares of bids only.
   */
  turnedToward: { bidsToward: number; connectionMoments: number; total: number };
  /** mean "how close did you feel afterwards" (0–10) on connection moments, null when none */
  connectionCloseness: number | null;
  /** latest CSI-4 in the period, per partner */
  csi: Record<PartnerPosition, number | null>;
  /** entries logged / expected by assignments, per partner, 0–1 or null */
  completion: Record<PartnerPosition, number | null>;
}

export type HighlightRule =
  | "repeated_category"
  | "repeated_story"
  | "unrepaired"
  | "pursuer_pattern"
  | "withdrawer_pattern"
  | "both_pursue"
  | "both_withdraw"
  | "same_moment"
  | "csi_change"
  | "csi_decline"
  | "csi_cutoff"
  | "safety_flag";

export interface Highlight {
  rule: HighlightRule;
  /** one sentence a therapist reads, e.g. "Alex logged 'Phone or distraction' 4 times in 14 days" */
  text: string;
  /** what the rule is, in words, for "why am I seeing this" */
  because: string;
  entryIds: string[];
  positions: PartnerPosition[];
  severity: "info" | "attention" | "urgent";
  /** what it is about, in words a follow-on sentence can reuse (a category or story label…) */
  topic?: string;
  /** for the CSI-4 rules: which way the score moved */
  direction?: "up" | "down";
}

/**
 * A highlight as the page and the PDF show it: with the partners whose private entries it rests
 * on (empty when every entry behind it was shared), so it is marked before anyone says it aloud.
 */
export interface TimelineHighlight extends Highlight {
  privateFrom: PartnerPosition[];
}

export interface FocusSuggestion {
  text: string;
  /** the highlight rules it comes from */
  from: HighlightRule[];
  /** the partners whose private entries the highlights behind it rest on */
  privateFrom: PartnerPosition[];
}

/** The couple's cycle as a loop, "the more one…, the more the other…", from their cycle maps. */
export interface CycleLoop {
  pattern: "pursue_withdraw" | "both_pursue" | "both_withdraw";
  text: string;
  /** how many of the period's maps describe it */
  basis: string;
  entryIds: string[];
  privateFrom: PartnerPosition[];
}

export interface CoupleTimeline {
  period: Period;
  previous: Period;
  timeZone: string;
  /** how the practice writes dates, for highlights and chart labels */
  dateStyle: DateStyle;
  partners: Record<PartnerPosition, string>;
  csiCutoff: number;
  /**
   * What the charts draw: the period and the weeks before it, at least 8 (chart-window.ts), so
   * the weekly rows and CSI-4 points below cover this window while everything else is the period's.
   */
  chartWindow: Period;
  /** the chart window's Monday-start weeks */
  weeks: WeekBucket[];
  /** recorded session dates inside the chart window (local "YYYY-MM-DD"), marked on the charts */
  sessionDates: string[];
  /** programme weeks that touch the chart window (programme-weeks.ts), drawn as bands */
  programmeWeeks: ProgrammeWeekSpan[];
  entries: TimelineEntry[];
  hurts: HurtsWeek[];
  repair: RepairWeek[];
  bids: BidsWeek[];
  cycles: CycleWeek[];
  csi: CsiPoint[];
  completion: CompletionWeek[];
  keyNumbers: { current: KeyNumbers; previous: KeyNumbers };
  highlights: TimelineHighlight[];
  focus: FocusSuggestion[];
  cycleLoop: CycleLoop | null;
  /** rituals kept (up to the period's end), small wins and reflections of the period */
  positive: PositiveWork;
}

/** What the server hands the pure builder (src/timeline/build-timeline.ts). */
export interface TimelineInput {
  period: Period;
  timeZone: string;
  dateStyle: DateStyle;
  partners: Record<PartnerPosition, string>;
  csiCutoff: number;
  /**
   * entries from the start of the previous period (and 14 days before it, for rules) or of the
   * chart window, whichever is earlier, to the end of this one
   */
  entries: TimelineEntry[];
  /** the couple's recorded session dates (local "YYYY-MM-DD"); those in the chart window are marked */
  sessionDates: string[];
  /** the couple's programme weeks, any run; those touching the chart window are drawn */
  programmeWeeks?: ProgrammeWeekSpan[];
  assignments: {
    id: string;
    kind: KindKey;
    partnerPositions: number[];
    cadence: Cadence;
    createdAt: Date;
    untilOn: string | null;
    status: AssignmentStatus;
  }[];
  now: Date;
}
