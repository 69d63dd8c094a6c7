import { categoryLabel, daySpan, idsOf, positionsOf, quoted } from "../highlight-text";
import type { RuleContext } from "./rule-context";
import { groupBy } from "../lists";
import { within } from "../period";
import type { Highlight, PartnerPosition, TimelineEntry } from "../types";

const HOUR_MS = 60 * 60 * 1000;

/** One partner in the pursuer role in most of the cycle maps they logged in the period. */
export function pursuerPattern(context: RuleContext): Highlight[] {
  const { minMaps, minShare, severity } = context.rules.pursuerPattern;
  const maps = context.entries.filter(
    (entry) => entry.kind === "cycle_map" && entry.metrics.role && within(context.period)(entry),
  );
  return groupBy(maps, (map) => String(map.position)).flatMap((own): Highlight[] => {
    const first = own[0];
    const pursued = own.filter((map) => map.metrics.role === "pursue").length;
    if (!first || own.length < minMaps || pursued / own.length < minShare) return [];
    return [
      {
        rule: "pursuer_pattern",
        text: `${first.partnerName} was the one pursuing in ${pursued} of ${own.length} cycle maps`,
        because: `One partner in the pursuer role in ${Math.round(minShare * 100)}% or more of at least ${minMaps} cycle maps they logged in the period.`,
        entryIds: idsOf(own),
        positions: [first.position],
        severity,
      },
    ];
  });
}

function describe(entry: TimelineEntry): string {
  if (entry.kind === "cycle_map") {
    return `a cycle map (${entry.metrics.role === "withdraw" ? "withdrew" : "pursued"})`;
  }
  return `a micro-hurt (${quoted(categoryLabel(entry.metrics.category ?? "other"))})`;
}

/**
 * Stretches of at most the span, each opened by the first entry not yet placed, holding entries
 * with one of the other partner's within the span; kept when both partners are in it. Anchoring
 * at the first entry keeps days of back-and-forth logging from chaining into one "moment".
 */
function sharedStretches(entries: readonly TimelineEntry[], spanMs: number): TimelineEntry[][] {
  const at = (i: number) => entries[i]?.occurredAt.getTime() ?? NaN;
  // Entries are oldest first, so only neighbours up to the span away on either side can pair.
  const pairs = (i: number, step: 1 | -1) => {
    for (let j = i + step; Math.abs(at(j) - at(i)) <= spanMs; j += step) {
      if (entries[j]?.position !== entries[i]?.position) return true;
    }
    return false;
  };
  const stretches: TimelineEntry[][] = [];
  entries.forEach((entry, i) => {
    if (!pairs(i, 1) && !pairs(i, -1)) return;
    const stretch = stretches.at(-1);
    const opened = stretch?.[0]?.occurredAt.getTime() ?? -Infinity;
    if (stretch && entry.occurredAt.getTime() - opened <= spanMs) stretch.push(entry);
    else stretches.push([entry]);
  });
  return stretches.filter((stretch) => positionsOf(stretch).length > 1);
}

/** Both partners logging a hurt or cycle within hours of each other: maybe one moment, two views. */
export function sameMoment(context: RuleContext): Highlight[] {
  const { withinHours, kinds, severity } = context.rules.sameMoment;
  const logged = context.entries.filter(
    (entry) => kinds.includes(entry.kind) && within(context.window)(entry),
  );
  return sharedStretches(logged, withinHours * HOUR_MS)
    .filter((stretch) => stretch.some(within(context.period)))
    .map((run): Highlight => {
      const positions = positionsOf(run);
      const who = positions.map((position: PartnerPosition) => {
        const own = run.filter((entry) => entry.position === position);
        return `${own[0]?.partnerName} logged ${own.map(describe).join(" and ")}`;
      });
      return {
        rule: "same_moment",
        text: `Within ${withinHours} hours (${daySpan(run, context)}), ${who.join("; ")}`,
        because: `Both partners logged a micro-hurt or cycle map within ${withinHours} hours of each other: possibly one moment seen two ways.`,
        entryIds: idsOf(run),
        positions,
        severity,
      };
    });
}
