import { compareEntries, compareText } from "./lists";
import { withLookback } from "./period";
import { unrepaired, safetyFlag } from "./rules/care";
import { csiDecline, csiScores } from "./rules/csi";
import {
  bothPursue,
  bothWithdraw,
  pursuerPattern,
  sameMoment,
  withdrawerPattern,
} from "./rules/cycles";
import { repeatedCategory, repeatedStory } from "./rules/repeats";
import type { Highlight, HighlightRule, TimelineEntry, TimelineInput } from "./types";
import type { HighlightRulesConfig, RuleContext, Severity } from "./rules/rule-context";

/** Every threshold of the pattern highlights, in one place. */
export const highlightRules: HighlightRulesConfig = {
  lookbackDays: 14,
  ignoredValues: ["other"],
  repeatedCategory: { minCount: 3, windowDays: 14, severity: "attention" },
  repeatedStory: { minCount: 3, severity: "attention" },
  unrepaired: { afterDays: 7, severity: "attention" },
  rolePattern: { minMaps: 3, minShare: 0.7, severity: "attention" },
  // Both push (escalation: check safety) or both pull back (the quiet drift): each needs seeing.
  bothPattern: { minSaid: 2, severity: "attention" },
  sameMoment: { withinHours: 12, kinds: ["micro_hurt", "cycle_map"], severity: "info" },
  // 3 points is about the CSI-4's noise between two sittings (Funk & Rogge 2007).
  csiChange: { minPoints: 3, severity: { down: "attention", up: "info" } },
  // Three falls in a row adding up to 4 points: more than one sitting's noise, and a direction.
  csiDecline: { minFalls: 3, minTotal: 4, severity: "attention" },
  csiCutoff: { severity: { down: "attention", up: "info" } },
  safetyFlag: { severity: "urgent" },
};

export type HighlightSource = Pick<
  TimelineInput,
  "period" | "timeZone" | "dateStyle" | "partners" | "csiCutoff" | "entries" | "now"
>;

const severityOrder: Severity[] = ["urgent", "attention", "info"];

/** Within a severity, the order a therapist would read them in: safety, satisfaction, hurts… */
export const ruleOrder: HighlightRule[] = [
  "safety_flag",
  "csi_cutoff",
  "csi_change",
  "csi_decline",
  "unrepaired",
  "repeated_category",
  "repeated_story",
  "both_pursue",
  "both_withdraw",
  "pursuer_pattern",
  "withdrawer_pattern",
  "same_moment",
];

const ruleFinders = [
  safetyFlag,
  csiScores,
  csiDecline,
  unrepaired,
  repeatedCategory,
  repeatedStory,
  bothPursue,
  bothWithdraw,
  pursuerPattern,
  withdrawerPattern,
  sameMoment,
];

function sortHighlights(highlights: Highlight[], entries: readonly TimelineEntry[]): Highlight[] {
  const at = new Map(entries.map((entry) => [entry.id, entry.occurredAt.getTime()]));
  const firstAt = (h: Highlight) => Math.min(...h.entryIds.map((id) => at.get(id) ?? Infinity));
  return highlights.sort(
    (a, b) =>
      severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) ||
      ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule) ||
      firstAt(a) - firstAt(b) ||
      (a.positions[0] ?? 0) - (b.positions[0] ?? 0) ||
      compareText(a.text, b.text),
  );
}

/** The pattern highlights for the period: urgent first, then attention, then info. */
export function findHighlights(
  source: HighlightSource,
  rules: HighlightRulesConfig = highlightRules,
): Highlight[] {
  const entries = source.entries
    .filter((entry) => entry.occurredAt.getTime() < source.period.to.getTime())
    .sort(compareEntries);
  const context: RuleContext = {
    entries,
    period: source.period,
    window: withLookback(source.period, rules.lookbackDays),
    now: source.now,
    timeZone: source.timeZone,
    dateStyle: source.dateStyle,
    partners: source.partners,
    csiCutoff: source.csiCutoff,
    rules,
  };
  return sortHighlights(
    ruleFinders.flatMap((find) => find(context)),
    entries,
  );
}
