import { cycleMap } from "~/homework/cycle-map";
import {
  attachmentNeeds,
  cycleEndings,
  pursueMoves,
  softerEmotions,
  withdrawMoves,
} from "~/homework/cycle-map-options";
import { labelOf } from "~/homework/schema-parts";
import type { Option } from "~/homework/types";
import type { CycleSide } from "~/prep/session-prep-types";
import type { PartnerPosition, TimelineEntry } from "~/timeline/types";

/** Picked options in words, the partner's own words for "Something else". */
function picked(values: readonly string[] | undefined, options: readonly Option[], other?: string) {
  const words = (values ?? []).map((v) =>
    v === "other" ? (other ?? "") : labelOf(options, v).toLowerCase(),
  );
  const text = words.filter((w) => w.trim() !== "").join(", ");
  return text === "" ? null : text;
}

const noDetails = { move: null, toldThemselves: null, softer: null, need: null, ending: null };

function details(entry: TimelineEntry) {
  const parsed = cycleMap.schema.safeParse(entry.payload);
  if (!parsed.success) return noDetails;
  const p = parsed.data;
  const moves =
    p.role === "pursue"
      ? picked(p.pursueMoves, pursueMoves, p.pursueMovesOther)
      : picked(p.withdrawMoves, withdrawMoves, p.withdrawMovesOther);
  const role = p.role === "pursue" ? "Pursued" : "Withdrew";
  return {
    move: moves ? `${role}: ${moves}` : role,
    toldThemselves: p.toldAboutMe ?? p.toldAboutPartner ?? null,
    softer: picked(p.softerEmotions, softerEmotions, p.softerEmotionsOther),
    need: picked(p.needs, attachmentNeeds, p.needsOther),
    ending:
      p.ending === undefined
        ? null
        : p.ending === "other"
          ? (p.endingOther ?? null)
          : labelOf(cycleEndings, p.ending),
  };
}

/**
 * Each partner's side of the cycle in the period: the role they took most often (on a tie, the
 * one of their latest map) and, from their latest map in that role, their move, what they told
 * themselves, the softer feeling and the longing, in their own words where they used them.
 */
export function cycleSides(
  entries: readonly TimelineEntry[],
  partners: Record<PartnerPosition, string>,
): [CycleSide, CycleSide] {
  const side = (position: PartnerPosition): CycleSide => {
    const maps = entries
      .filter((e) => e.kind === "cycle_map" && e.position === position && e.metrics.role)
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    const pursued = maps.filter((e) => e.metrics.role === "pursue").length;
    const withdrew = maps.length - pursued;
    const latest = maps.at(-1);
    const role =
      pursued === withdrew
        ? (latest?.metrics.role ?? null)
        : pursued > withdrew
          ? "pursue"
          : "withdraw";
    const shown = maps.filter((e) => e.metrics.role === role).at(-1);
    return {
      position,
      name: partners[position],
      maps: maps.length,
      pursued,
      withdrew,
      role,
      ...(shown ? details(shown) : noDetails),
      from: shown ? { occurredAt: shown.occurredAt, visibility: shown.visibility } : null,
    };
  };
  return [side(1), side(2)];
}
