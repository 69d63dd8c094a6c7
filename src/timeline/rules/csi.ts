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
 * The stretches of one partner's scores that never rise, each as long as it goes (oldest first):
 * 21, 19, 19, 17, 15 is one stretch; a rise starts the next.
 */
function slides(own: readonly CsiPoint[]): CsiPoint[][] {
  const runs: CsiPoint[][] = [];
  own.forEach((point, i) => {
    const previous = own[i - 1];
    const run = runs.at(-1);
    if (run && previous && point.score <= previous.score) run.push(point);
    else runs.push([point]);
  });
  return runs;
}

/**
 * A slow slide no single step shows: several falls in a row, each maybe within the measure's
 * noise, adding up to more than it. Reported once, for the stretch ending in the period.
 */
export function csiDecline(context: RuleContext): Highlight[] {
  const { minFalls, minTotal, severity } = context.rules.csiDecline;
  const all = csiPoints(context.entries);
  return ([1, 2] as const).flatMap((position) =>
    slides(all.filter((point) => point.position === position)).flatMap((run): Highlight[] => {
      const first = run[0];
      const last = run.at(-1);
      if (!first || !last || last.at.getTime() < context.period.from.getTime()) return [];
      const falls = run.filter((point, i) => i > 0 && point.score < (run[i - 1]?.score ?? 0));
      const total = first.score - last.score;
      if (falls.length < minFalls || total < minTotal) return [];
      const on = (point: CsiPoint) => `${point.score} on ${dayLabel(point.at, context)}`;
      return [
        {
          rule: "csi_decline",
          text:
            `${possessive(context.partners[position])} CSI-4 slid ${points(total)} over ` +
            `${run.length} scores, from ${on(first)} to ${on(last)} ` +
            `(${run.map((point) => point.score).join(", ")})`,
          because: `${minFalls} or more falls in a row across one partner's CSI-4 scores, ${minTotal} points or more in all: a slow slide, even when no single step is bigger than the measure's usual noise.`,
          entryIds: run.map((point) => point.entryId),
          positions: [position],
          severity,
          direction: "down",
        },
      ];
    }),
  );
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
