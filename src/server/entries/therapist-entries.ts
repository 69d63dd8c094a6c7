import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { findVisibleCouple, visibleCouples } from "~/server/couples/visibility";
import type { Database } from "~/server/db/client";
import { couples, entries, partners } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";

/**
 * Entries of a couple the member may see (all of them: private ones are for the therapist), newest
 * first: the newest `limit`, plus any unreviewed safety flag however old.
 */
export async function coupleEntries(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string; limit?: number },
) {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, args.coupleId);
    const ofCouple = and(eq(entries.coupleId, couple.id), eq(entries.practiceId, scope.practiceId));
    const newest = tx
      .select({ id: entries.id })
      .from(entries)
      .where(ofCouple)
      .orderBy(desc(entries.occurredAt))
      .limit(args.limit ?? 100);
    // A safety flag must never scroll out of sight: unreviewed ones come whatever their age.
    const unreviewedSafetyFlag = and(eq(entries.safetyFlag, true), isNull(entries.reviewedAt));
    const rows = await tx
      .select({
        id: entries.id,
        kind: entries.kind,
        schemaVersion: entries.schemaVersion,
        payload: entries.payload,
        occurredAt: entries.occurredAt,
        createdAt: entries.createdAt,
        visibility: entries.visibility,
        safetyFlag: entries.safetyFlag,
        reviewedAt: entries.reviewedAt,
        assignmentId: entries.assignmentId,
        partnerId: entries.partnerId,
        partnerPosition: partners.position,
        partnerName: partners.displayName,
      })
      .from(entries)
      .innerJoin(partners, eq(partners.id, entries.partnerId))
      .where(and(ofCouple, or(inArray(entries.id, newest), unreviewedSafetyFlag)))
      .orderBy(desc(entries.occurredAt));
    await recordAudit(
      tx,
      scope,
      "entry.list_viewed",
      { type: "couple", id: couple.id, coupleId: couple.id },
      { count: rows.length },
    );
    return rows;
  });
}

export async function markEntryReviewed(
  db: Database,
  scope: PracticeScope,
  args: { entryId: string },
) {
  await db.transaction(async (tx) => {
    const [entry] = await tx
      .select({ id: entries.id, coupleId: entries.coupleId })
      .from(entries)
      .innerJoin(couples, eq(couples.id, entries.coupleId))
      .where(and(eq(entries.id, args.entryId), visibleCouples(scope)));
    if (!entry) throw notFound("That entry");
    await tx
      .update(entries)
      .set({ reviewedAt: new Date(), reviewedByUserId: scope.userId })
      .where(
        and(
          eq(entries.id, entry.id),
          eq(entries.practiceId, scope.practiceId),
          isNull(entries.reviewedAt),
        ),
      );
    await recordAudit(tx, scope, "entry.reviewed", {
      type: "entry",
      id: entry.id,
      coupleId: entry.coupleId,
    });
  });
}
