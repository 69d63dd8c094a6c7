import { and, desc, eq, lte } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { findVisibleCouple, visibleCouples } from "~/server/couples/visibility";
import type { Database, Executor } from "~/server/db/client";
import { couples, sessionNotes, users } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { localDateOf } from "~/timeline/weeks";
import type { RecordSessionInput, SessionNotesInput } from "~/validation/sessions";

/** A session of a couple the member may see, locked for a change, or NOT_FOUND. */
async function lockVisibleSession(tx: Executor, scope: PracticeScope, sessionId: string) {
  const [session] = await tx
    .select({
      id: sessionNotes.id,
      coupleId: sessionNotes.coupleId,
      sessionOn: sessionNotes.sessionOn,
      notes: sessionNotes.notes,
    })
    .from(sessionNotes)
    .innerJoin(couples, eq(couples.id, sessionNotes.coupleId))
    .where(
      and(
        eq(sessionNotes.id, sessionId),
        eq(sessionNotes.practiceId, scope.practiceId),
        visibleCouples(scope),
      ),
    )
    .for("update", { of: sessionNotes });
  if (!session) throw notFound("That session");
  return session;
}

/** A couple's recorded sessions with their notes, newest first. Reading notes is audited. */
export async function listSessions(db: Database, scope: PracticeScope, args: { coupleId: string }) {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, args.coupleId);
    const rows = await tx
      .select({
        id: sessionNotes.id,
        sessionOn: sessionNotes.sessionOn,
        notes: sessionNotes.notes,
        createdAt: sessionNotes.createdAt,
        updatedAt: sessionNotes.updatedAt,
        createdByName: users.name,
      })
      .from(sessionNotes)
      .innerJoin(users, eq(users.id, sessionNotes.createdByUserId))
      .where(
        and(eq(sessionNotes.coupleId, couple.id), eq(sessionNotes.practiceId, scope.practiceId)),
      )
      .orderBy(desc(sessionNotes.sessionOn));
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
export async function recordSession(db: Database, scope: PracticeScope, input: RecordSessionInput) {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, input.coupleId);
    if (input.sessionOn > localDateOf(new Date(), couple.timeZone)) {
      throw new DomainError("BAD_REQUEST", "Record a session once it has happened.", "sessionOn");
    }
    const [session] = await tx
      .insert(sessionNotes)
      .values({
        practiceId: scope.practiceId,
        coupleId: couple.id,
        sessionOn: input.sessionOn,
        notes: input.notes,
        createdByUserId: scope.userId,
      })
      .onConflictDoNothing({ target: [sessionNotes.coupleId, sessionNotes.sessionOn] })
      .returning({ id: sessionNotes.id, sessionOn: sessionNotes.sessionOn });
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
      .update(sessionNotes)
      .set({ notes: input.notes, updatedAt: new Date() })
      .where(and(eq(sessionNotes.id, session.id), eq(sessionNotes.practiceId, scope.practiceId)));
    await recordAudit(
      tx,
      scope,
      "session.updated",
      { type: "session", id: session.id, coupleId: session.coupleId },
      { changed: ["notes"] },
    );
  });
}

export async function deleteSession(
  db: Database,
  scope: PracticeScope,
  args: { sessionId: string },
) {
  await db.transaction(async (tx) => {
    const session = await lockVisibleSession(tx, scope, args.sessionId);
    await tx
      .delete(sessionNotes)
      .where(and(eq(sessionNotes.id, session.id), eq(sessionNotes.practiceId, scope.practiceId)));
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
    .select({ sessionOn: sessionNotes.sessionOn, notes: sessionNotes.notes })
    .from(sessionNotes)
    .where(
      and(
        eq(sessionNotes.coupleId, args.coupleId),
        eq(sessionNotes.practiceId, scope.practiceId),
        lte(sessionNotes.sessionOn, args.onOrBefore),
      ),
    )
    .orderBy(desc(sessionNotes.sessionOn))
    .limit(1);
  return row ?? null;
}
