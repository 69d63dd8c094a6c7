import { compareEntries } from "./lists";
import type { CycleLoop, PartnerPosition, TimelineEntry } from "./types";

type Pattern = CycleLoop["pattern"];

const other = (position: PartnerPosition): PartnerPosition => (position === 1 ? 2 : 1);

/** The loop one map describes, or null when its author did not say what their partner did. */
function loopOf(map: TimelineEntry): { pattern: Pattern; pursuer: PartnerPosition } | null {
  const { role, partnerRole } = map.metrics;
  if (!role || !partnerRole) return null;
  if (role === partnerRole) return { pattern: `both_${role}`, pursuer: map.position };
  return {
    pattern: "pursue_withdraw",
    pursuer: role === "pursue" ? map.position : other(map.position),
  };
}

/** "the more Alex pushes, the more Sam pulls back…", the loop stated with the partners' names. */
function loopText(
  pattern: Pattern,
  pursuer: PartnerPosition,
  partners: Record<PartnerPosition, string>,
): string {
  const [a, b] = [partners[pursuer], partners[other(pursuer)]];
  const [one, two] = [partners[1], partners[2]];
  if (pattern === "pursue_withdraw")
    return `The more ${a} pushes, the more ${b} pulls back, and the more ${b} pulls back, the more ${a} pushes.`;
  if (pattern === "both_pursue")
    return `The more ${one} pushes, the more ${two} pushes back, and the more ${two} pushes, the more ${one} pushes back.`;
  return `The more ${one} pulls back, the more ${two} pulls back, and the quieter it gets, the further apart they drift.`;
}

const key = (loop: { pattern: Pattern; pursuer: PartnerPosition }) =>
  loop.pattern === "pursue_withdraw" ? `${loop.pattern}:${loop.pursuer}` : loop.pattern;

/**
 * The couple's loop, "the more one…, the more the other…", from the period's cycle maps that say
 * both moves: the loop most of them describe (on a tie, the latest map's). Null when no map says
 * what the partner did: one side of a cycle is not a loop.
 */
export function cycleLoop(
  entries: readonly TimelineEntry[],
  partners: Record<PartnerPosition, string>,
): Omit<CycleLoop, "privateFrom"> | null {
  const maps = entries.filter((entry) => entry.kind === "cycle_map").sort(compareEntries);
  const described = maps.flatMap((map) => {
    const loop = loopOf(map);
    return loop ? [{ map, loop }] : [];
  });
  const votes = new Map<string, typeof described>();
  for (const item of described)
    votes.set(key(item.loop), [...(votes.get(key(item.loop)) ?? []), item]);
  let best: typeof described = [];
  for (const group of votes.values()) {
    const latest = (g: typeof described) => g.at(-1)?.map.occurredAt.getTime() ?? 0;
    if (
      group.length > best.length ||
      (group.length === best.length && latest(group) > latest(best))
    )
      best = group;
  }
  const chosen = best[0]?.loop;
  if (!chosen) return null;
  return {
    pattern: chosen.pattern,
    text: loopText(chosen.pattern, chosen.pursuer, partners),
    basis: `As ${best.length} of the ${maps.length} cycle maps in this period describe it`,
    entryIds: best.map((item) => item.map.id),
  };
}
