import type { DateStyle } from "~/dates";
import type { Highlight, PartnerPosition, Period, TimelineEntry } from "../types";

// What every highlight rule reads, on its own so the rules and findHighlights, which runs them,
// do not import each other.

export type Severity = Highlight["severity"];

export interface HighlightRulesConfig {
  /** how far before the period the rules may look (the window of repeated categories fits in it) */
  lookbackDays: number;
  /** option values that are not one repeated thing ("Something else", "My own words") */
  ignoredValues: readonly string[];
  repeatedCategory: { minCount: number; windowDays: number; severity: Severity };
  repeatedStory: { minCount: number; severity: Severity };
  unrepaired: { afterDays: number; severity: Severity };
  /** one partner pursuing, or withdrawing, in most of their own maps */
  rolePattern: { minMaps: number; minShare: number; severity: Severity };
  /** both pushing or both pulling back, said in this many maps (or each partner leaning so) */
  bothPattern: { minSaid: number; severity: Severity };
  sameMoment: { withinHours: number; kinds: readonly TimelineEntry["kind"][]; severity: Severity };
  csiChange: { minPoints: number; severity: { down: Severity; up: Severity } };
  csiDecline: { minFalls: number; minTotal: number; severity: Severity };
  csiCutoff: { severity: { down: Severity; up: Severity } };
  safetyFlag: { severity: Severity };
}

export interface RuleContext {
  /** every entry before the end of the period, oldest first */
  entries: readonly TimelineEntry[];
  period: Period;
  /** the period and the look-back before it */
  window: Period;
  now: Date;
  timeZone: string;
  dateStyle: DateStyle;
  partners: Record<PartnerPosition, string>;
  csiCutoff: number;
  rules: HighlightRulesConfig;
}
