import type { TimelineEntry } from "./types";

/**
 * Hurts as they stand with their linked repairs: a repair script its author linked to one of
 * their own logged hurts, and said landed, repairs that hurt, even where the hurt itself was
 * never updated. The script gives no time to repair (its date is when it was written), so the
 * hurt's own answer, if any, stays the only time.
 */
export function withLinkedRepairs(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const landedFor = new Map<string, TimelineEntry>();
  for (const entry of entries) {
    const hurtId = entry.metrics.repairsEntryId;
    if (entry.kind === "repair_script" && hurtId && entry.metrics.landed === true) {
      landedFor.set(`${entry.position}:${hurtId}`, entry);
    }
  }
  if (landedFor.size === 0) return [...entries];
  return entries.map((entry) => {
    if (entry.kind !== "micro_hurt" || entry.metrics.repaired === true) return entry;
    const script = landedFor.get(`${entry.position}:${entry.id}`);
    if (!script) return entry;
    return {
      ...entry,
      metrics: { ...entry.metrics, repaired: true, repairedByScriptId: script.id },
    };
  });
}
