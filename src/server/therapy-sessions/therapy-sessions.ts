import { and, desc, eq, lte } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { findVisibleCouple, visibleCouples } from "~/server/couples/visibility";
import type { Database, Executor } from "~/server/db/client";
import { couples, therapySessions, users } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { localDateOf } from "~/timeline/weeks";
import type { RecordTherapySessionInput, SessionNotesInput } from "~/validation/therapy-sessions";

/** A session of a couple the member may see, locked for a change, or NOT_FOUND. */
async function lockVisibleSession(tx: Executor, scope: PracticeScope, sessionId: string) {
  const [session] = await tx
    .select({
      id: therapySessions.id,
      coupleId: therapySessions.coupleId,
      sessionOn: therapySessions.sessionOn,
      notes: therapySessions.notes,
    })
    .from(therapySessions)
    .innerJoin(couples, eq(couples.id, therapySessions.coupleId))
    .where(
      and(
        eq(therapySessions.id, sessionId),
        eq(therapySessions.practiceId, scope.practiceId),
        visibleCouples(scope),
      ),
    )
    .for("update", { of: therapySessions });
  if (!session) throw notFound("That session");
  return session;
}

/** A couple's recorded sessions with their notes, newest first. Reading notes is audited. */
export async function listTherapySessions(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string },
) {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, args.coupleId);
    const rows = await tx
      .select({
        id: therapySessions.id,
        sessionOn: therapySessions.sessionOn,
        notes: therapySessions.notes,
        createdAt: therapySessions.createdAt,
        updatedAt: therapySessions.updatedAt,
        createdByName: users.name,
      })
      .from(therapySessions)
      .innerJoin(users, eq(users.id, therapySessions.createdByUserId))
      .where(
        and(
          eq(therapySessions.coupleId, couple.id),
          eq(therapySessions.practiceId, scope.practiceId),
        ),
      )
      .orderBy(desc(therapySessions.sessionOn));
    await recordAudit(
      tx,
      scope,
      "session.list_viewed",
      { type: "couple", id: couple.id, coupleId: couple.id },
      { count: rows.length },
    );
    return rows;
  });
}

/** Record a session held on a date (not in the future where the couple lives), with notes. */
export async function recordTherapySession(
  db: Database,
  scope: PracticeScope,
  input: RecordTherapySessionInput,
) {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, input.coupleId);
    if (input.sessionOn > localDateOf(new Date(), couple.timeZone)) {
      throw new DomainError("BAD_REQUEST", "Record a session once it has happened.", "sessionOn");
    }
    const [session] = await tx
      .insert(therapySessions)
      .values({
        practiceId: scope.practiceId,
        coupleId: couple.id,
        sessionOn: input.sessionOn,
        notes: input.notes,
        createdByUserId: scope.userId,
      })
      .onConflictDoNothing({
        target: [therapySessions.coupleId, therapySessions.sessionOn, therapySessions.practiceId],
      })
      .returning({ id: therapySessions.id, sessionOn: therapySessions.sessionOn });
    if (!session) {
      throw new DomainError(
        "CONFLICT",
        "A session on that date is already recorded: edit its notes instead.",
        "sessionOn",
      );
    }
    await recordAudit(
      tx,
      scope,
      "session.recorded",
      { type: "session", id: session.id, coupleId: couple.id },
      { sessionOn: session.sessionOn },
    );
    return session;
  });
}

export async function updateSessionNotes(
  db: Database,
  scope: PracticeScope,
  input: SessionNotesInput,
) {
  await db.transaction(async (tx) => {
    const session = await lockVisibleSession(tx, scope, input.sessionId);
    if (session.notes === input.notes) return;
    await tx
      .update(therapySessions)
      .set({ notes: input.notes, updatedAt: new Date() })
      .where(
        and(eq(therapySessions.id, session.id), eq(therapySessions.practiceId, scope.practiceId)),
      );
    await recordAudit(
      tx,
      scope,
      "session.updated",
      { type: "session", id: session.id, coupleId: session.coupleId },
      { changed: ["notes"] },
    );
  });
}

export async function deleteTherapySession(
  db: Database,
  scope: PracticeScope,
  args: { sessionId: string },
) {
  await db.transaction(async (tx) => {
    const session = await lockVisibleSession(tx, scope, args.sessionId);
    await tx
      .delete(therapySessions)
      .where(
        and(eq(therapySessions.id, session.id), eq(therapySessions.practiceId, scope.practiceId)),
      );
    await recordAudit(
      tx,
      scope,
      "session.deleted",
      { type: "session", id: session.id, coupleId: session.coupleId },
      { sessionOn: session.sessionOn },
    );
  });
}

/**
 * The latest session on or before a date, with its notes, for the prep PDF. The caller has
 * already found the couple visible; reading the notes is covered by the export's audit event.
 */
export async function lastSessionBefore(
  db: Executor,
  scope: PracticeScope,
  args: { coupleId: string; onOrBefore: string },
) {
  const [row] = await db
    .select({ sessionOn: therapySessions.sessionOn, notes: therapySessions.notes })
    .from(therapySessions)
    .where(
      and(
        eq(therapySessions.coupleId, args.coupleId),
        eq(therapySessions.practiceId, scope.practiceId),
        lte(therapySessions.sessionOn, args.onOrBefore),
      ),
    )
    .orderBy(desc(therapySessions.sessionOn))
    .limit(1);
  return row ?? null;
}
