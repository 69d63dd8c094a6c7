import {
  categoryLabel,
  counted,
  dayLabel,
  daySpan,
  idsOf,
  possessive,
  quoted,
} from "../highlight-text";
import type { RuleContext } from "./rule-context";
import { groupBy } from "../lists";
import { within } from "../period";
import type { Highlight, TimelineEntry } from "../types";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The one to practise a repair on: the most intense, the oldest of equals. */
function mostIntense(hurts: readonly TimelineEntry[]): TimelineEntry | undefined {
  return hurts.reduce<TimelineEntry | undefined>(
    (best, hurt) =>
      !best || (hurt.metrics.intensity ?? -1) > (best.metrics.intensity ?? -1) ? hurt : best,
    undefined,
  );
}

/** Hurts, as of now, that have gone a week or more without a repair; one highlight per partner. */
export function unrepaired(context: RuleContext): Highlight[] {
  const { afterDays, severity } = context.rules.unrepaired;
  const cutoff = context.now.getTime() - afterDays * DAY_MS;
  const open = context.entries.filter(
    (entry) =>
      entry.kind === "micro_hurt" &&
      entry.metrics.repaired !== true &&
      entry.occurredAt.getTime() <= cutoff &&
      within(context.window)(entry),
  );
  return groupBy(open, (hurt) => String(hurt.position)).flatMap((hurts): Highlight[] => {
    const focus = mostIntense(hurts);
    if (!focus) return [];
    const moment = `${quoted(categoryLabel(focus.metrics.category ?? "other"))} on ${dayLabel(focus.occurredAt, context)}`;
    const name = focus.partnerName;
    const text =
      hurts.length === 1
        ? `${possessive(name)} hurt ${moment} is still unrepaired after ${afterDays} days`
        : `${name} has ${counted(hurts.length, "hurt", "hurts")} still unrepaired after ${afterDays} days or more, the most intense ${moment}`;
    return [
      {
        rule: "unrepaired",
        text,
        because: `A logged hurt still not repaired ${afterDays} days or more after it happened, as it stands now: its author did not update it to repaired and no repair script of theirs linked to it landed.`,
        entryIds: idsOf(hurts),
        positions: [focus.position],
        severity,
        topic: `${possessive(name)} moment of ${moment}`,
      },
    ];
  });
}

/** Any entry marked "I don't feel safe" in the period; one highlight per partner. */
export function safetyFlag(context: RuleContext): Highlight[] {
  const flagged = context.entries.filter(
    (entry) => entry.safetyFlag && within(context.period)(entry),
  );
  return groupBy(flagged, (entry) => String(entry.position)).flatMap((entries): Highlight[] => {
    const first = entries[0];
    if (!first) return [];
    return [
      {
        rule: "safety_flag",
        text: `${first.partnerName} marked ${entries.length === 1 ? "an entry" : `${entries.length} entries`} “I don't feel safe” (${daySpan(entries, context)})`,
        because:
          "An entry marked “I don't feel safe” always comes first, whatever else the period holds.",
        entryIds: idsOf(entries),
        positions: [first.position],
        severity: context.rules.safetyFlag.severity,
      },
    ];
  });
}
