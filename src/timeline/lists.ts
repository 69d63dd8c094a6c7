import type { TimelineEntry } from "./types";

/** Code-unit order, so results never depend on the server's or browser's locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Oldest first; ties by id, so the same entries always come out in the same order. */
export function compareEntries(
  a: Pick<TimelineEntry, "occurredAt" | "id">,
  b: Pick<TimelineEntry, "occurredAt" | "id">,
): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || compareText(a.id, b.id);
}

/** Items grouped by key, groups in the order their first item appears. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
