import { and, desc, eq, sql } from "drizzle-orm";
import type { LatestUpdate } from "~/homework/stored-entry";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { preparedQuery } from "~/server/db/prepared";
import { entries, entryUpdates } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { UpdateEntryInput } from "~/validation/entry-updates";

/**
 * The newest update of the entry in the row, as a column for entry queries (null when none).
 * Newest wins; ties on the time fall to the id so the answer never depends on the plan.
 */
export const latestUpdateColumn = sql<LatestUpdate | null>`(
  select json_build_object('payload', u.payload, 'createdAt', u.created_at,
    'schemaVersion', u.schema_version)
  from ${entryUpdates} u where u.entry_id = ${entries.id} and u.practice_id = ${entries.practiceId}
  order by u.created_at desc, u.id desc limit 1)`.mapWith((value: unknown) => toLatest(value));

function toLatest(value: unknown): LatestUpdate | null {
  if (typeof value !== "object" || value === null) return null;
  const { payload, createdAt, schemaVersion } = value as {
    payload: Record<string, unknown>;
    createdAt: string;
    schemaVersion: number;
  };
  return { payload, createdAt: new Date(createdAt), schemaVersion };
}

/** The newest update of each of the couple's updated entries, by entry id. */
export async function latestUpdatesOfCouple(
  db: Executor,
  practiceId: string,
  coupleId: string,
): Promise<Map<string, LatestUpdate>> {
  const query = preparedQuery(db, "latest_updates_of_couple", () =>
    db
      .selectDistinctOn([entryUpdates.entryId], {
        entryId: entryUpdates.entryId,
        payload: entryUpdates.payload,
        createdAt: entryUpdates.createdAt,
        schemaVersion: entryUpdates.schemaVersion,
      })
      .from(entryUpdates)
      .where(
        and(
          eq(entryUpdates.coupleId, sql.placeholder("coupleId")),
          eq(entryUpdates.practiceId, sql.placeholder("practiceId")),
        ),
      )
      .orderBy(entryUpdates.entryId, desc(entryUpdates.createdAt), desc(entryUpdates.id)),
  );
  const rows = await query.execute({ practiceId, coupleId });
  return new Map(
    rows.map((r) => [
      r.entryId,
      { payload: r.payload, createdAt: r.createdAt, schemaVersion: r.schemaVersion },
    ]),
  );
}

interface SavedUpdate {
  id: string;
  createdAt: Date;
  duplicate: boolean;
}

/**
 * The author's later word on their own entry, kept as a new version beside the untouched
 * original. Idempotent on the device's key. Another partner's entry, or another couple's, is not
 * found. Closed or paused homework still takes it: a repair noted after the homework ended is
 * exactly the news a therapist wants. Audited without content.
 */
export async function updateEntry(
  db: Database,
  scope: PartnerScope,
  input: UpdateEntryInput,
): Promise<SavedUpdate> {
  return db.transaction(async (tx) => {
    const [entry] = await tx
      .select({ id: entries.id, kind: entries.kind })
      .from(entries)
      .where(
        and(
          eq(entries.id, input.entryId),
          eq(entries.partnerId, scope.partnerId),
          eq(entries.coupleId, scope.coupleId),
          eq(entries.practiceId, scope.practiceId),
        ),
      );
    if (!entry) throw notFound("That entry");
    if (entry.kind !== input.kind) {
      throw new DomainError("BAD_REQUEST", "This update does not match its entry.");
    }
    const [inserted] = await tx
      .insert(entryUpdates)
      .values({
        practiceId: scope.practiceId,
        coupleId: scope.coupleId,
        entryId: entry.id,
        partnerId: scope.partnerId,
        schemaVersion: input.schemaVersion,
        payload: input.payload,
        idempotencyKey: input.idempotencyKey,
      })
      .onConflictDoNothing({
        target: [entryUpdates.partnerId, entryUpdates.idempotencyKey, entryUpdates.practiceId],
      })
      .returning({ id: entryUpdates.id, createdAt: entryUpdates.createdAt });
    if (inserted) {
      await recordAudit(
        tx,
        actorWithoutAccount(scope.practiceId),
        "entry.updated",
        { type: "entry", id: entry.id, coupleId: scope.coupleId },
        { partnerId: scope.partnerId, kind: entry.kind },
      );
      return { ...inserted, duplicate: false };
    }
    const [twin] = await tx
      .select({
        id: entryUpdates.id,
        createdAt: entryUpdates.createdAt,
        entryId: entryUpdates.entryId,
      })
      .from(entryUpdates)
      .where(
        and(
          eq(entryUpdates.partnerId, scope.partnerId),
          eq(entryUpdates.idempotencyKey, input.idempotencyKey),
        ),
      );
    if (!twin || twin.entryId !== entry.id) {
      throw new DomainError("CONFLICT", "This form needs reloading: its save key was used.");
    }
    return { id: twin.id, createdAt: twin.createdAt, duplicate: true };
  });
}
