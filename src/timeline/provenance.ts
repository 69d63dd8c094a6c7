import { getKind } from "~/homework/registry";
import type {
  FocusSuggestion,
  Highlight,
  PartnerPosition,
  TimelineEntry,
  TimelineHighlight,
} from "./types";

/**
 * Where a highlight comes from, so a therapist does not say aloud in a joint session what one
 * partner wrote for the therapist alone. An entry is its author's alone unless they shared it;
 * one flagged "I don't feel safe", or of a kind never shared (the CSI-4), is theirs alone even if
 * an old row says shared.
 */
export function isPrivateEntry(entry: TimelineEntry): boolean {
  return (
    entry.visibility !== "shared" || entry.safetyFlag || Boolean(getKind(entry.kind).neverShared)
  );
}

/** The partners whose private entries are among these, in order. */
export function privateAuthorsOf(
  entryIds: readonly string[],
  entries: readonly TimelineEntry[],
): PartnerPosition[] {
  return privateAuthors(entryIds, new Map(entries.map((entry) => [entry.id, entry])));
}

function privateAuthors(
  entryIds: readonly string[],
  byId: ReadonlyMap<string, TimelineEntry>,
): PartnerPosition[] {
  const positions = new Set<PartnerPosition>();
  for (const id of entryIds) {
    const entry = byId.get(id);
    // The rules cite only entries they were given, so every id is found here.
    if (!entry) continue;
    if (isPrivateEntry(entry)) positions.add(entry.position);
  }
  return [...positions].sort((a, b) => a - b);
}

/** Each highlight with the partners whose private entries it rests on. */
export function withProvenance(
  highlights: readonly Highlight[],
  entries: readonly TimelineEntry[],
): TimelineHighlight[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return highlights.map((highlight) => ({
    ...highlight,
    privateFrom: privateAuthors(highlight.entryIds, byId),
  }));
}

/** Every partner whose private entries any of these rest on. */
export function privateFromAll(
  marked: readonly Pick<TimelineHighlight | FocusSuggestion, "privateFrom">[],
): PartnerPosition[] {
  return [...new Set(marked.flatMap((m) => m.privateFrom))].sort((a, b) => a - b);
}

/**
 * "from Alex's private entries", "from both partners' private entries", or null when nothing
 * private is behind it. Lower case, to follow a highlight; capitalise it to stand alone.
 */
export function provenanceNote(
  privateFrom: readonly PartnerPosition[],
  partners: Record<PartnerPosition, string>,
): string | null {
  if (privateFrom.length === 0) return null;
  if (privateFrom.length > 1) return "from both partners' private entries";
  return `from ${partners[privateFrom[0]!]}'s private entries`;
}
