import { and, desc, eq, ne, notInArray, or } from "drizzle-orm";
import type { PartnerEntryFilter } from "~/domain/partner-home";
import { homeworkKinds } from "~/homework/registry";
import { kindKeys } from "~/homework/types";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { Database, Executor } from "~/server/db/client";
import { entries, partners } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { latestUpdateColumn } from "./entry-updates";

/** Kinds never shown to the other partner (the CSI-4), whatever a row says. */
const neverSharedKinds = kindKeys.filter((key) => homeworkKinds[key].neverShared);

/**
 * What a partner may read: their own entries, and those their partner chose to share, never one
 * flagged "I don't feel safe" nor one of a kind that is never shared (neither can be shared; this
 * holds even for old rows).
 */
function readableBy(scope: PartnerScope) {
  return and(
    eq(entries.coupleId, scope.coupleId),
    eq(entries.practiceId, scope.practiceId),
    or(
      eq(entries.partnerId, scope.partnerId),
      and(
        eq(entries.visibility, "shared"),
        eq(entries.safetyFlag, false),
        notInArray(entries.kind, neverSharedKinds),
      ),
    ),
  );
}

const entryColumns = {
  id: entries.id,
  kind: entries.kind,
  schemaVersion: entries.schemaVersion,
  payload: entries.payload,
  occurredAt: entries.occurredAt,
  visibility: entries.visibility,
  safetyFlag: entries.safetyFlag,
  quick: entries.quick,
  partnerId: entries.partnerId,
  authorName: partners.displayName,
  latestUpdate: latestUpdateColumn,
};

export async function entriesForPartner(db: Executor, scope: PartnerScope, limit = 50) {
  const rows = await db
    .select(entryColumns)
    .from(entries)
    .innerJoin(partners, eq(partners.id, entries.partnerId))
    .where(readableBy(scope))
    .orderBy(desc(entries.occurredAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, mine: r.partnerId === scope.partnerId }));
}

/**
 * One page of what the partner may read, newest first: all of it, their own entries, or those
 * their partner shared with them (the same privacy rules as every partner read). One row more
 * than the page is read to tell whether an older page exists.
 */
export async function entryPageForPartner(
  db: Executor,
  scope: PartnerScope,
  { show, page, perPage }: { show: PartnerEntryFilter; page: number; perPage: number },
) {
  const whose =
    show === "mine"
      ? eq(entries.partnerId, scope.partnerId)
      : show === "shared"
        ? ne(entries.partnerId, scope.partnerId)
        : undefined;
  const rows = await db
    .select(entryColumns)
    .from(entries)
    .innerJoin(partners, eq(partners.id, entries.partnerId))
    .where(and(readableBy(scope), whose))
    .orderBy(desc(entries.occurredAt), desc(entries.id))
    .limit(perPage + 1)
    .offset((page - 1) * perPage);
  return {
    rows: rows.slice(0, perPage).map((r) => ({ ...r, mine: r.partnerId === scope.partnerId })),
    hasOlder: rows.length > perPage,
  };
}

export async function entryForPartner(db: Executor, scope: PartnerScope, entryId: string) {
  const [row] = await db
    .select(entryColumns)
    .from(entries)
    .innerJoin(partners, eq(partners.id, entries.partnerId))
    .where(and(eq(entries.id, entryId), readableBy(scope)));
  if (!row) throw notFound("That entry");
  return { ...row, mine: row.partnerId === scope.partnerId };
}

const FLAGGED_STAYS_PRIVATE =
  "An entry where you said you don't feel safe stays between you and your therapist.";

/** Why one of the partner's own entries cannot be shared, or null when it can (or is not theirs). */
async function whyNotShareable(db: Executor, scope: PartnerScope, entryId: string) {
  const [row] = await db
    .select({ safetyFlag: entries.safetyFlag, kind: entries.kind })
    .from(entries)
    .where(and(eq(entries.id, entryId), eq(entries.partnerId, scope.partnerId)));
  if (!row) return null;
  if (row.safetyFlag) return FLAGGED_STAYS_PRIVATE;
  return homeworkKinds[row.kind].neverShared ?? null;
}

/** Only the author decides who sees an entry. */
export async function setEntrySharing(
  db: Database,
  scope: PartnerScope,
  args: { entryId: string; shared: boolean },
) {
  if (scope.shownOnScreen) {
    throw new DomainError(
      "FORBIDDEN",
      "Sharing can only be changed from the link emailed to you. Ask your therapist to email you one.",
    );
  }
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(entries)
      .set({
        visibility: args.shared ? "shared" : "private",
        sharedAt: args.shared ? new Date() : null,
      })
      .where(
        and(
          eq(entries.id, args.entryId),
          eq(entries.partnerId, scope.partnerId),
          // A flagged entry, or one of a kind never shared, can be made private but never shared.
          args.shared
            ? and(eq(entries.safetyFlag, false), notInArray(entries.kind, neverSharedKinds))
            : undefined,
        ),
      )
      .returning({ id: entries.id });
    const refusal = !row && args.shared ? await whyNotShareable(tx, scope, args.entryId) : null;
    if (refusal) throw new DomainError("FORBIDDEN", refusal);
    if (!row) throw notFound("That entry");
    await recordAudit(
      tx,
      actorWithoutAccount(scope.practiceId),
      args.shared ? "entry.shared" : "entry.unshared",
      { type: "entry", id: row.id, coupleId: scope.coupleId },
      { partnerId: scope.partnerId },
    );
  });
}
