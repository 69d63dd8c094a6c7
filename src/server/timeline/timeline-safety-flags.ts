import { and, eq, gte, inArray, isNull, lt, or } from "drizzle-orm";
import type { Database } from "~/server/db/client";
import { entries, partners, safetyFlags } from "~/server/db/schema";
import { safetyFlagsToHead, type TimelineSafetyFlag } from "~/timeline/safety-flags";
import type { Period, TimelineEntry } from "~/timeline/types";
import { toTimelineEntry } from "./timeline-entry";

/**
 * The safety flags that head a couple's timeline and PDF for a period: every open one however old
 * (an unreviewed flag never drops out), and those raised in the period. Shown whatever the kind
 * and partner filters. The flagged entry comes from `loaded` or, when older, is read here.
 */
export async function timelineSafetyFlags(
  db: Database,
  args: { practiceId: string; coupleId: string; period: Period; loaded: TimelineEntry[] },
): Promise<TimelineSafetyFlag[]> {
  const rows = await db
    .select({
      id: safetyFlags.id,
      source: safetyFlags.source,
      raisedAt: safetyFlags.raisedAt,
      closedAt: safetyFlags.closedAt,
      outcome: safetyFlags.outcome,
      entryId: safetyFlags.entryId,
      position: partners.position,
      partnerName: partners.displayName,
    })
    .from(safetyFlags)
    .innerJoin(partners, eq(partners.id, safetyFlags.partnerId))
    .where(
      and(
        eq(safetyFlags.coupleId, args.coupleId),
        eq(safetyFlags.practiceId, args.practiceId),
        or(
          isNull(safetyFlags.closedAt),
          and(
            gte(safetyFlags.raisedAt, args.period.from),
            lt(safetyFlags.raisedAt, args.period.to),
          ),
        ),
      ),
    );
  const byId = new Map(args.loaded.map((e) => [e.id, e]));
  const missing = rows.flatMap((r) => (r.entryId && !byId.has(r.entryId) ? [r.entryId] : []));
  if (missing.length > 0) {
    const older = await db
      .select({
        id: entries.id,
        kind: entries.kind,
        schemaVersion: entries.schemaVersion,
        partnerId: entries.partnerId,
        occurredAt: entries.occurredAt,
        visibility: entries.visibility,
        safetyFlag: entries.safetyFlag,
        payload: entries.payload,
        assignmentId: entries.assignmentId,
        position: partners.position,
        partnerName: partners.displayName,
      })
      .from(entries)
      .innerJoin(partners, eq(partners.id, entries.partnerId))
      .where(and(eq(entries.practiceId, args.practiceId), inArray(entries.id, missing)));
    for (const row of older) {
      const entry = toTimelineEntry(row, {
        position: row.position === 2 ? 2 : 1,
        name: row.partnerName,
      });
      if (entry) byId.set(entry.id, entry);
    }
  }
  const flags = rows.map((r): TimelineSafetyFlag => ({
    id: r.id,
    source: r.source,
    raisedAt: r.raisedAt,
    position: r.position === 2 ? 2 : 1,
    partnerName: r.partnerName,
    closed: r.closedAt ? { at: r.closedAt, outcome: r.outcome } : null,
    entry: r.entryId ? (byId.get(r.entryId) ?? null) : null,
  }));
  return safetyFlagsToHead(flags, args.period);
}
