import { and, eq, gte, isNull, lt, or, sql } from "drizzle-orm";
import { preparedQuery } from "~/server/db/prepared";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "~/server/db/client";
import { entries, partners, safetyFlags } from "~/server/db/schema";
import { safetyFlagsToHead, type TimelineSafetyFlag } from "~/timeline/safety-flags";
import type { Period, TimelineEntry } from "~/timeline/types";
import { toTimelineEntry } from "./timeline-entry";

const author = alias(partners, "entry_author");

/**
 * The safety flags that head a couple's timeline and PDF for a period: every open one however old
 * (an unreviewed flag never drops out), and those raised in the period, each with its flagged
 * entry in the same statement (so it needs nothing loaded first and runs beside the entries).
 */
export function safetyFlagRows(
  db: Database,
  args: { practiceId: string; coupleId: string; period: Period },
) {
  const query = preparedQuery(db, "timeline_safety_flags", () =>
    db
      .select({
        id: safetyFlags.id,
        source: safetyFlags.source,
        raisedAt: safetyFlags.raisedAt,
        closedAt: safetyFlags.closedAt,
        outcome: safetyFlags.outcome,
        entryId: safetyFlags.entryId,
        position: partners.position,
        partnerName: partners.displayName,
        entry: {
          id: entries.id,
          kind: entries.kind,
          schemaVersion: entries.schemaVersion,
          partnerId: entries.partnerId,
          occurredAt: entries.occurredAt,
          visibility: entries.visibility,
          safetyFlag: entries.safetyFlag,
          payload: entries.payload,
          assignmentId: entries.assignmentId,
        },
        authorPosition: author.position,
        authorName: author.displayName,
      })
      .from(safetyFlags)
      .innerJoin(partners, eq(partners.id, safetyFlags.partnerId))
      .leftJoin(
        entries,
        and(
          eq(entries.id, safetyFlags.entryId),
          eq(entries.practiceId, sql.placeholder("practiceId")),
        ),
      )
      .leftJoin(author, eq(author.id, entries.partnerId))
      .where(
        and(
          eq(safetyFlags.coupleId, sql.placeholder("coupleId")),
          eq(safetyFlags.practiceId, sql.placeholder("practiceId")),
          or(
            isNull(safetyFlags.closedAt),
            and(
              gte(safetyFlags.raisedAt, sql.placeholder("from")),
              lt(safetyFlags.raisedAt, sql.placeholder("to")),
            ),
          ),
        ),
      ),
  );
  const { practiceId, coupleId, period } = args;
  return query.execute({ practiceId, coupleId, from: period.from, to: period.to });
}

export type SafetyFlagRow = Awaited<ReturnType<typeof safetyFlagRows>>[number];

/**
 * The flags to head the view, shown whatever the kind and partner filters. The flagged entry is
 * the loaded one when the period has it (with its latest update), else the row read beside it.
 */
export function timelineSafetyFlags(
  rows: SafetyFlagRow[],
  args: { period: Period; loaded: TimelineEntry[] },
): TimelineSafetyFlag[] {
  const byId = new Map(args.loaded.map((e) => [e.id, e]));
  const flagged = (r: SafetyFlagRow): TimelineEntry | null => {
    if (!r.entryId) return null;
    const loaded = byId.get(r.entryId);
    if (loaded) return loaded;
    const { entry, authorPosition, authorName } = r;
    if (!entry || authorPosition === null || authorName === null) return null;
    return toTimelineEntry(entry, { position: authorPosition === 2 ? 2 : 1, name: authorName });
  };
  const flags = rows.map((r): TimelineSafetyFlag => ({
    id: r.id,
    source: r.source,
    raisedAt: r.raisedAt,
    position: r.position === 2 ? 2 : 1,
    partnerName: r.partnerName,
    closed: r.closedAt ? { at: r.closedAt, outcome: r.outcome } : null,
    entry: flagged(r),
  }));
  return safetyFlagsToHead(flags, args.period);
}
