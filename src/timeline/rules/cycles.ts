import { categoryLabel, counted, daySpan, idsOf, positionsOf, quoted } from "../highlight-text";
import type { RuleContext } from "./rule-context";
import { within } from "../period";
import type { Highlight, PartnerPosition, TimelineEntry } from "../types";

const HOUR_MS = 60 * 60 * 1000;

type Move = "pursue" | "withdraw";

const mapsInPeriod = (context: RuleContext) =>
  context.entries.filter(
    (entry) => entry.kind === "cycle_map" && entry.metrics.role && within(context.period)(entry),
  );

/** Each partner's maps in the period, and the move they took in most of them, if clear enough. */
function leanings(context: RuleContext) {
  const { minMaps, minShare } = context.rules.rolePattern;
  const maps = mapsInPeriod(context);
  return ([1, 2] as const).map((position) => {
    const own = maps.filter((map) => map.position === position);
    const count = (move: Move) => own.filter((map) => map.metrics.role === move).length;
    const leans = (move: Move) => own.length >= minMaps && count(move) / own.length >= minShare;
    const role: Move | null = leans("pursue") ? "pursue" : leans("withdraw") ? "withdraw" : null;
    return { position, own, role, count: role ? count(role) : 0 };
  });
}

const roleWords = {
  pursue: { rule: "pursuer_pattern", doing: "pursuing", as: "pursuer" },
  withdraw: { rule: "withdrawer_pattern", doing: "pulling back", as: "withdrawer" },
} as const;

/**
 * One partner in the same role in most of the cycle maps they logged in the period. When both
 * lean the same way the couple's pattern (both push, both pull back) says it instead.
 */
function rolePattern(context: RuleContext, move: Move): Highlight[] {
  const { minMaps, minShare, severity } = context.rules.rolePattern;
  const sides = leanings(context);
  if (sides.every((side) => side.role === move)) return [];
  const words = roleWords[move];
  return sides.flatMap(({ own, role, count }): Highlight[] => {
    const first = own[0];
    if (!first || role !== move) return [];
    return [
      {
        rule: words.rule,
        text: `${first.partnerName} was the one ${words.doing} in ${count} of ${own.length} cycle maps`,
        because: `One partner in the ${words.as} role in ${Math.round(minShare * 100)}% or more of at least ${minMaps} cycle maps they logged in the period.`,
        entryIds: idsOf(own),
        positions: [first.position],
        severity,
      },
    ];
  });
}

export const pursuerPattern = (context: RuleContext) => rolePattern(context, "pursue");
export const withdrawerPattern = (context: RuleContext) => rolePattern(context, "withdraw");

const bothWords = {
  pursue: {
    rule: "both_pursue",
    said: "“We both pushed”",
    verb: "both pushed",
    each: "each pursued",
    why: "a cycle that escalates, with no one slowing it down",
  },
  withdraw: {
    rule: "both_withdraw",
    said: "“We both pulled back”",
    verb: "both pulled back, the quiet drift",
    each: "each withdrew",
    why: "the quiet drift, easy to miss because nothing flares",
  },
} as const;

/**
 * Both partners pushing, or both pulling back: said in the maps ("we both pushed"), or each
 * partner taking that role in most of their own maps.
 */
function bothPattern(context: RuleContext, move: Move): Highlight[] {
  const { minMaps, minShare } = context.rules.rolePattern;
  const { minSaid, severity } = context.rules.bothPattern;
  const words = bothWords[move];
  const maps = mapsInPeriod(context);
  const said = maps.filter((map) => map.metrics.role === move && map.metrics.partnerRole === move);
  const sides = leanings(context);
  const eachLeans = sides.every((side) => side.role === move);
  if (said.length < minSaid && !eachLeans) return [];
  const behind = eachLeans ? maps.filter((map) => map.metrics.role === move) : said;
  const evidence = [
    ...(said.length > 0
      ? [`${words.said} in ${counted(said.length, "cycle map", "cycle maps")}`]
      : []),
    ...(eachLeans
      ? [
          `${words.each} in ${sides.map((side) => `${side.count} of ${side.own.length}`).join(" and ")} of their own maps`,
        ]
      : []),
  ];
  return [
    {
      rule: words.rule,
      text: `${context.partners[1]} and ${context.partners[2]} ${words.verb}: ${evidence.join("; ")} (${daySpan(behind, context)})`,
      because: `${minSaid} or more cycle maps in the period saying ${words.said}, or each partner in that role in ${Math.round(minShare * 100)}% or more of at least ${minMaps} of their own maps: ${words.why}.`,
      entryIds: idsOf(behind),
      positions: positionsOf(behind.length > 0 ? behind : maps),
      severity,
    },
  ];
}

export const bothPursue = (context: RuleContext) => bothPattern(context, "pursue");
export const bothWithdraw = (context: RuleContext) => bothPattern(context, "withdraw");

function describe(entry: TimelineEntry): string {
  if (entry.kind === "cycle_map") {
    const { role, partnerRole } = entry.metrics;
    if (role === partnerRole)
      return `a cycle map (${role === "withdraw" ? "both pulled back" : "both pushed"})`;
    return `a cycle map (${role === "withdraw" ? "withdrew" : "pursued"})`;
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
