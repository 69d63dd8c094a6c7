import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { therapySessions } from "~/server/db/schema";
import { describeError } from "~/server/trpc/errors";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith, seedCouple, seedPractice } from "~/test/factories";

const db = testDatabase();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function scene() {
  const p = await seedPractice(db);
  const coupleId = await seedCouple(p, p.therapist.user.id);
  const record = (sessionOn: string, notes = "Worked on the Sunday-planning cycle.") =>
    p.therapist.api.therapySessions.record({
      practiceId: p.practiceId,
      coupleId,
      sessionOn,
      notes,
    });
  const rows = () =>
    db.select().from(therapySessions).where(eq(therapySessions.coupleId, coupleId));
  return { p, coupleId, record, rows };
}

describe("sessions", () => {
  test("records sessions, lists them newest first with notes, and audits each step", async () => {
    const { p, coupleId, record } = await scene();
    const older = await record(daysAgo(14), "First session notes");
    const newer = await record(daysAgo(3), "Second session notes");
    const list = await p.therapist.api.therapySessions.forCouple({
      practiceId: p.practiceId,
      coupleId,
    });
    expect(list).toMatchObject([
      { id: newer.id, sessionOn: daysAgo(3), notes: "Second session notes" },
      { id: older.id, sessionOn: daysAgo(14), notes: "First session notes" },
    ]);
    const audit = await auditTrail(db, p.practiceId);
    expect(audit.slice(-3)).toMatchObject([
      { action: "session.recorded", subjectType: "session", subjectId: older.id, coupleId },
      { action: "session.recorded", subjectType: "session", subjectId: newer.id, coupleId },
      { action: "session.list_viewed", subjectType: "couple", coupleId, details: { count: 2 } },
    ]);
    // Notes are clinical: never copied into the audit trail.
    expect(JSON.stringify(audit)).not.toContain("session notes");
  });

  test("edits and deletes a session's notes", async () => {
    const { p, record, rows } = await scene();
    const session = await record(daysAgo(2));
    const { practiceId } = p;
    await p.therapist.api.therapySessions.updateNotes({
      practiceId,
      sessionId: session.id,
      notes: "Revised",
    });
    expect(await rows()).toMatchObject([{ id: session.id, notes: "Revised" }]);
    await p.therapist.api.therapySessions.delete({ practiceId, sessionId: session.id });
    expect(await rows()).toEqual([]);
    const actions = (await auditTrail(db, practiceId)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(["session.updated", "session.deleted"]);
  });

  test("one session per date; a future date is refused; the fields are named", async () => {
    const { p, coupleId, record, rows } = await scene();
    await record(daysAgo(1));
    const twice = await rejectsWith(record(daysAgo(1), "again"), "CONFLICT");
    expect(describeError(twice).fieldErrors).toEqual({
      sessionOn: ["A session on that date is already recorded: edit its notes instead."],
    });
    await rejectsWith(record(daysAgo(-3)), "BAD_REQUEST");
    const malformed = await rejectsWith(
      p.therapist.api.therapySessions.record({
        practiceId: p.practiceId,
        coupleId,
        sessionOn: "2026-02-30",
      }),
      "BAD_REQUEST",
    );
    expect(describeError(malformed).fieldErrors).toEqual({
      sessionOn: ["Enter the session date as a calendar date."],
    });
    expect(await rows()).toHaveLength(1);
  });

  test("outsider and wrong therapist: NOT_FOUND for every procedure, and nothing changes", async () => {
    const { p, coupleId, record, rows } = await scene();
    const session = await record(daysAgo(5), "Private notes");
    const outsider = await seedPractice(db);
    const before = { rows: await rows(), audit: await auditTrail(db, p.practiceId) };
    const attempts = [
      { api: outsider.owner.api, practiceId: outsider.practiceId },
      { api: p.otherTherapist.api, practiceId: p.practiceId },
    ];
    for (const { api, practiceId } of attempts) {
      await rejectsWith(api.therapySessions.forCouple({ practiceId, coupleId }), "NOT_FOUND");
      await rejectsWith(
        api.therapySessions.record({ practiceId, coupleId, sessionOn: daysAgo(1), notes: "x" }),
        "NOT_FOUND",
      );
      await rejectsWith(
        api.therapySessions.updateNotes({ practiceId, sessionId: session.id, notes: "x" }),
        "NOT_FOUND",
      );
      await rejectsWith(
        api.therapySessions.delete({ practiceId, sessionId: session.id }),
        "NOT_FOUND",
      );
    }
    await rejectsWith(
      outsider.owner.api.therapySessions.forCouple({ practiceId: p.practiceId, coupleId }),
      "NOT_FOUND",
    );
    expect(await rows()).toEqual(before.rows);
    expect(await auditTrail(db, p.practiceId)).toEqual(before.audit);
  });

  test("the practice owner may read and record a therapist's couple's sessions", async () => {
    const { p, coupleId, record } = await scene();
    await record(daysAgo(7));
    const list = await p.owner.api.therapySessions.forCouple({
      practiceId: p.practiceId,
      coupleId,
    });
    expect(list).toHaveLength(1);
  });
});
