import { quoted } from "./highlight-text";
import { ruleOrder } from "./highlights";
import { privateFromAll } from "./provenance";
import type {
  FocusSuggestion,
  Highlight,
  HighlightRule,
  PartnerPosition,
  TimelineHighlight,
} from "./types";

export interface FocusRule {
  /** the highlight rules that call for it */
  from: HighlightRule[];
  /** narrows which of those highlights count (all when absent) */
  when?: (highlight: Highlight) => boolean;
  text: (matched: Highlight[], partners: Record<PartnerPosition, string>) => string;
}

export const MAX_FOCUS = 3;

const whose = (matched: Highlight[], partners: Record<PartnerPosition, string>) => {
  const positions = [...new Set(matched.flatMap((h) => h.positions))].sort((a, b) => a - b);
  return positions.map((position) => `${partners[position]}'s`).join(" and ");
};

const topicOf = (matched: Highlight[]) => matched[0]?.topic ?? "";

/**
 * How highlights become the session's suggested focus, most pressing first: safety before
 * everything, then a fall in satisfaction, then the cycle, then what sits under it (stories),
 * then practice (repairs), then what to notice. The first MAX_FOCUS rules that match are used.
 */
export const focusRules: FocusRule[] = [
  {
    from: ["safety_flag"],
    text: () => "Check in about safety first, individually",
  },
  {
    from: ["csi_cutoff", "csi_change", "csi_decline"],
    when: (h) => h.direction === "down",
    text: (matched, partners) =>
      `Acknowledge the drop in ${whose(matched, partners)} satisfaction and ask what has changed`,
  },
  {
    from: ["both_pursue"],
    text: () =>
      "Slow the escalation: both partners push, so check first that it stays safe, then find " +
      "the hurt under each one's protest",
  },
  {
    from: ["both_withdraw"],
    text: () =>
      "Name the quiet drift: both pull back, so little gets said; look for the longing under " +
      "the distance",
  },
  {
    from: ["pursuer_pattern", "withdrawer_pattern"],
    text: () =>
      "Slow down the pursue–withdraw cycle: map a recent moment together, name each partner's " +
      "softer emotion and need",
  },
  {
    from: ["repeated_story"],
    text: (matched) =>
      `Explore the story ${quoted(topicOf(matched))} and the attachment need under it`,
  },
  {
    from: ["unrepaired"],
    text: (matched) => `Practise a repair on ${topicOf(matched)}, step by step`,
  },
  {
    from: ["repeated_category"],
    text: (matched) =>
      `Look together at the ${quoted(topicOf(matched))} moments: what each partner needs when ` +
      "one happens",
  },
  {
    from: ["same_moment"],
    text: () => "Walk through a moment both partners logged, each in turn: one moment, two views",
  },
  {
    from: ["csi_cutoff", "csi_change"],
    when: (h) => h.direction === "up",
    text: (matched, partners) =>
      `Name what has helped: ${whose(matched, partners)} satisfaction rose`,
  },
];

/** At most MAX_FOCUS suggestions, each naming the highlight rules it comes from. */
export function suggestFocus(
  highlights: readonly TimelineHighlight[],
  partners: Record<PartnerPosition, string>,
  rules: readonly FocusRule[] = focusRules,
): FocusSuggestion[] {
  const suggestions: FocusSuggestion[] = [];
  for (const rule of rules) {
    if (suggestions.length === MAX_FOCUS) break;
    const matched = highlights.filter(
      (h) => rule.from.includes(h.rule) && (rule.when?.(h) ?? true),
    );
    if (matched.length === 0) continue;
    const from = ruleOrder.filter((r) => matched.some((h) => h.rule === r));
    suggestions.push({
      text: rule.text(matched, partners),
      from,
      privateFrom: privateFromAll(matched),
    });
  }
  return suggestions;
}
