import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { findVisibleCouple, visibleCouples } from "~/server/couples/visibility";
import type { Database, Transaction } from "~/server/db/client";
import { couples, entries, partners, safetyFlags } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { latestUpdateColumn } from "./entry-updates";

/** How many entries the couple page shows at a time. */
const ENTRIES_PAGE_SIZE = 10;

function selectEntries(tx: Transaction) {
  return tx
    .select({
      id: entries.id,
      kind: entries.kind,
      schemaVersion: entries.schemaVersion,
      payload: entries.payload,
      occurredAt: entries.occurredAt,
      createdAt: entries.createdAt,
      visibility: entries.visibility,
      safetyFlag: entries.safetyFlag,
      quick: entries.quick,
      reviewedAt: entries.reviewedAt,
      assignmentId: entries.assignmentId,
      partnerId: entries.partnerId,
      partnerPosition: partners.position,
      partnerName: partners.displayName,
      latestUpdate: latestUpdateColumn,
    })
    .from(entries)
    .innerJoin(partners, eq(partners.id, entries.partnerId));
}

/**
 * Entries of a couple the member may see (all of them: private ones are for the therapist):
 * one page, newest first, older than the entry `before` when given; every entry whose safety
 * flag is still open, however old; and how many entries wait for review. `olderBefore` continues the list.
 */
export async function coupleEntries(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string; limit?: number; before?: string },
) {
  const limit = args.limit ?? ENTRIES_PAGE_SIZE;
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, args.coupleId);
    const ofCouple = and(eq(entries.coupleId, couple.id), eq(entries.practiceId, scope.practiceId));
    const olderThanCursor = args.before
      ? await olderThanEntry(tx, ofCouple, args.before)
      : undefined;
    const newestFirst = [desc(entries.occurredAt), desc(entries.id)];
    const page = await selectEntries(tx)
      .where(and(ofCouple, olderThanCursor))
      .orderBy(...newestFirst)
      .limit(limit + 1);
    const shown = page.slice(0, limit);
    // A safety flag must never scroll out of sight: entries of open ones come whatever their age.
    const openFlagEntries = await selectEntries(tx)
      .innerJoin(safetyFlags, eq(safetyFlags.entryId, entries.id))
      .where(and(ofCouple, isNull(safetyFlags.closedAt)))
      .orderBy(...newestFirst);
    const [waiting] = await tx
      .select({ n: count() })
      .from(entries)
      .where(and(ofCouple, isNull(entries.reviewedAt)));
    const viewed = new Set([...shown, ...openFlagEntries].map((e) => e.id));
    await recordAudit(
      tx,
      scope,
      "entry.list_viewed",
      { type: "couple", id: couple.id, coupleId: couple.id },
      { count: viewed.size },
    );
    return {
      entries: shown,
      openFlagEntries,
      unreviewedCount: waiting?.n ?? 0,
      olderBefore: page.length > limit ? (shown.at(-1)?.id ?? null) : null,
    };
  });
}

/** Entries older than the couple's entry `entryId`; ties on the time are broken by id. */
async function olderThanEntry(tx: Transaction, ofCouple: ReturnType<typeof and>, entryId: string) {
  const [cursor] = await tx
    .select({ id: entries.id })
    .from(entries)
    .where(and(ofCouple, eq(entries.id, entryId)));
  if (!cursor) throw notFound("That entry");
  // Compared in SQL, so the stored time keeps its full precision.
  return sql`(${entries.occurredAt}, ${entries.id}) < (select c.occurred_at, c.id from entries c where c.id = ${cursor.id})`;
}

/**
 * Mark an entry reviewed with one click. An entry whose safety flag is open is refused: that flag
 * is closed only through the follow-up form (how the partner was contacted, outcome, note).
 */
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
    const [openFlag] = await tx
      .select({ id: safetyFlags.id })
      .from(safetyFlags)
      .where(
        and(
          eq(safetyFlags.entryId, entry.id),
          eq(safetyFlags.practiceId, scope.practiceId),
          isNull(safetyFlags.closedAt),
        ),
      );
    if (openFlag) {
      throw new DomainError(
        "CONFLICT",
        "This entry has an open safety flag. Close it with the follow-up form in the Safety section at the top of the page.",
      );
    }
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

/**
 * "Mark all reviewed" on a couple: every unreviewed entry, except one whose safety flag is still
 * open (that is closed only with a follow-up). One audit event with the count.
 */
export async function markAllReviewed(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string },
): Promise<{ reviewed: number }> {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, args.coupleId);
    const reviewed = await tx
      .update(entries)
      .set({ reviewedAt: new Date(), reviewedByUserId: scope.userId })
      .where(
        and(
          eq(entries.coupleId, couple.id),
          eq(entries.practiceId, scope.practiceId),
          isNull(entries.reviewedAt),
          sql`not exists (select 1 from ${safetyFlags} where ${safetyFlags.entryId} = ${entries.id} and ${safetyFlags.closedAt} is null)`,
        ),
      )
      .returning({ id: entries.id });
    if (reviewed.length > 0) {
      await recordAudit(
        tx,
        scope,
        "entry.all_reviewed",
        { type: "couple", id: couple.id, coupleId: couple.id },
        { count: reviewed.length },
      );
    }
    return { reviewed: reviewed.length };
  });
}
