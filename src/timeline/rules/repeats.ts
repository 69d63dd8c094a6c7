import {
  categoryLabel,
  daySpan,
  idsOf,
  possessive,
  quoted,
  storyLabel,
  times,
} from "../highlight-text";
import type { RuleContext } from "./rule-context";
import { groupBy } from "../lists";
import { within } from "../period";
import type { Highlight, TimelineEntry } from "../types";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The most entries that fit in one span of time, among runs holding at least one entry that
 * counts; the earliest such run on a tie. Entries oldest first.
 */
function densestRun(
  entries: readonly TimelineEntry[],
  spanMs: number,
  counts: (entry: TimelineEntry) => boolean,
): TimelineEntry[] {
  let best: TimelineEntry[] = [];
  let end = 0;
  for (let start = 0; start < entries.length; start += 1) {
    const opening = entries[start]!.occurredAt.getTime();
    while (end < entries.length && entries[end]!.occurredAt.getTime() - opening < spanMs) end += 1;
    const run = entries.slice(start, end);
    if (run.length > best.length && run.some(counts)) best = run;
  }
  return best;
}

const hurtsWith = (context: RuleContext, field: "category" | "story") =>
  context.entries.filter((entry) => {
    const value = entry.metrics[field];
    return (
      entry.kind === "micro_hurt" &&
      value !== undefined &&
      !context.rules.ignoredValues.includes(value)
    );
  });

/** The same kind of moment logged again and again by one partner within a few days. */
export function repeatedCategory(context: RuleContext): Highlight[] {
  const { minCount, windowDays, severity } = context.rules.repeatedCategory;
  const hurts = hurtsWith(context, "category").filter(within(context.window));
  const groups = groupBy(hurts, (hurt) => `${hurt.position}:${hurt.metrics.category}`);
  return groups.flatMap((group): Highlight[] => {
    const run = densestRun(group, windowDays * DAY_MS, within(context.period));
    const first = run[0];
    if (!first || run.length < minCount) return [];
    const label = categoryLabel(first.metrics.category ?? "");
    return [
      {
        rule: "repeated_category",
        text:
          `${first.partnerName} logged ${quoted(label)} ${times(run.length)} within ` +
          `${windowDays} days (${daySpan(run, context)})`,
        because: `The same kind of moment logged ${minCount} or more times within ${windowDays} days by one partner.`,
        entryIds: idsOf(run),
        positions: [first.position],
        severity,
        topic: label,
      },
    ];
  });
}

/** The same story ("I'm not a priority") told by one partner again and again in the period. */
export function repeatedStory(context: RuleContext): Highlight[] {
  const { minCount, severity } = context.rules.repeatedStory;
  const hurts = hurtsWith(context, "story").filter(within(context.period));
  const groups = groupBy(hurts, (hurt) => `${hurt.position}:${hurt.metrics.story}`);
  return groups.flatMap((group): Highlight[] => {
    const first = group[0];
    if (!first || group.length < minCount) return [];
    const label = storyLabel(first.metrics.story ?? "");
    return [
      {
        rule: "repeated_story",
        text: `${possessive(first.partnerName)} story ${quoted(label)} came up ${times(group.length)} in this period`,
        because: `The same story told ${minCount} or more times in the period by one partner.`,
        entryIds: idsOf(group),
        positions: [first.position],
        severity,
        topic: label,
      },
    ];
  });
}
