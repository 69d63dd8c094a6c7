import { csiCutoffNote, isDistressed } from "~/homework/csi4";
import { csiPoints } from "../aggregates";
import { dayLabel, possessive } from "../highlight-text";
import type { RuleContext } from "./rule-context";
import type { CsiPoint, Highlight } from "../types";

const points = (n: number) => `${n} ${Math.abs(n) === 1 ? "point" : "points"}`;

function cutoffHighlight(context: RuleContext, before: CsiPoint, after: CsiPoint): Highlight {
  const down = after.score < before.score;
  const name = context.partners[after.position];
  const day = (point: CsiPoint) => `${point.score} on ${dayLabel(point.at, context)}`;
  return {
    rule: "csi_cutoff",
    text:
      `${possessive(name)} CSI-4 ${down ? "fell below" : "rose above"} the distress cut-off of ` +
      `${context.csiCutoff}: ${day(before)}, ${day(after)}`,
    because: [
      `A CSI-4 score on the other side of the practice's distress cut-off (${context.csiCutoff}) from the partner's previous score, in either direction.`,
      csiCutoffNote(context.csiCutoff),
    ]
      .filter(Boolean)
      .join(" "),
    entryIds: [before.entryId, after.entryId],
    positions: [after.position],
    severity: context.rules.csiCutoff.severity[down ? "down" : "up"],
    direction: down ? "down" : "up",
  };
}

function changeHighlight(context: RuleContext, before: CsiPoint, after: CsiPoint): Highlight {
  const change = after.score - before.score;
  const down = change < 0;
  const { minPoints, severity } = context.rules.csiChange;
  const name = context.partners[after.position];
  const on = (point: CsiPoint) => dayLabel(point.at, context);
  return {
    rule: "csi_change",
    text:
      `${possessive(name)} CSI-4 ${down ? "fell" : "rose"} ${points(Math.abs(change))}, from ` +
      `${before.score} on ${on(before)} to ${after.score} on ${on(after)}`,
    because: `A change of ${minPoints} or more points between two consecutive CSI-4 scores of one partner: more than the measure's usual noise.`,
    entryIds: [before.entryId, after.entryId],
    positions: [after.position],
    severity: severity[down ? "down" : "up"],
    direction: down ? "down" : "up",
  };
}

/**
 * Each score in the period against the same partner's previous one (which may be older). A
 * crossing of the cut-off already says the score moved, so a crossing is not reported twice.
 */
export function csiScores(context: RuleContext): Highlight[] {
  const { minPoints } = context.rules.csiChange;
  const all = csiPoints(context.entries);
  const highlights: Highlight[] = [];
  for (const position of [1, 2] as const) {
    const own = all.filter((point) => point.position === position);
    own.forEach((after, i) => {
      const before = own[i - 1];
      if (!before || after.at.getTime() < context.period.from.getTime()) return;
      const crossed =
        isDistressed(before.score, context.csiCutoff) !==
        isDistressed(after.score, context.csiCutoff);
      if (crossed) highlights.push(cutoffHighlight(context, before, after));
      else if (Math.abs(after.score - before.score) >= minPoints) {
        highlights.push(changeHighlight(context, before, after));
      }
    });
  }
  return highlights;
}
