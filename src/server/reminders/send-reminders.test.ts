import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { assignments, couples, partners } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  insertAssignment,
  insertEntry,
  outboxOf,
  seedCoupleForEmail,
} from "~/test/outbox-fixtures";
import { enqueueDueReminders } from "./send-reminders";

const db = testDatabase();

// Noon in London; everything was assigned two weeks before.
const NOW = new Date("2026-01-15T12:00:00Z");
const ASSIGNED = new Date("2026-01-01T10:00:00Z");
const hoursFrom = (h: number) => new Date(NOW.getTime() + h * 3600_000);

async function seed(timeZone = "Europe/London") {
  const s = await seedCoupleForEmail(db, { timeZone });
  const run = (now = NOW) => enqueueDueReminders(db, { now, practiceId: s.practiceId });
  const reminded = async () =>
    (await outboxOf(db, s.practiceId))
      .filter((row) => row.template === "reminder")
      .map((row) => row.subjectId)
      .sort();
  const ids = (...which: (0 | 1)[]) => which.map((i) => s.partners[i].id).sort();
  return { ...s, run, reminded, ids };
}

describe("enqueueDueReminders", () => {
  test("one reminder per partner however much is due, then none until tomorrow's quiet hours end", async () => {
    const s = await seed();
    await insertAssignment(db, s, { cadence: "daily", createdAt: ASSIGNED });
    await insertAssignment(db, s, { cadence: "once", dueOn: "2026-01-10", createdAt: ASSIGNED });

    expect(await s.run()).toEqual({ queued: 2 });
    const rows = await outboxOf(db, s.practiceId);
    expect(rows.map((r) => [r.to, r.props, r.subjectType])).toEqual(
      expect.arrayContaining(
        s.partners.map((p) => [p.email, { partnerId: p.id }, "partner"] as const),
      ),
    );
    const marked = await db.select().from(partners).where(eq(partners.coupleId, s.couple.id));
    expect(marked.map((p) => p.lastRemindedAt)).toEqual([NOW, NOW]);

    expect(await s.run(hoursFrom(1))).toEqual({ queued: 0 });
    // 08:00 the next morning: 20 hours on, but before 09:00 in London.
    expect(await s.run(hoursFrom(20))).toEqual({ queued: 0 });
    expect(await s.run(hoursFrom(21))).toEqual({ queued: 2 });
    expect(await s.reminded()).toHaveLength(4);
  });

  test("only partners the homework is for, who have not done it yet", async () => {
    const s = await seed();
    const daily = await insertAssignment(db, s, {
      cadence: "daily",
      partnerPositions: [2],
      createdAt: ASSIGNED,
    });
    await insertEntry(db, s, {
      partnerId: s.partners[1].id,
      assignmentId: daily.id,
      createdAt: hoursFrom(-2),
    });
    const once = await insertAssignment(db, s, {
      cadence: "once",
      dueOn: "2026-01-14",
      createdAt: ASSIGNED,
    });
    await insertEntry(db, s, {
      partnerId: s.partners[0].id,
      assignmentId: once.id,
      createdAt: new Date("2026-01-03T10:00:00Z"),
    });
    // Partner 2 did today's daily but not the one-off; partner 1 did the one-off and has no daily.
    expect(await s.run()).toEqual({ queued: 1 });
    expect(await s.reminded()).toEqual(s.ids(1));
  });

  test("weekly: reminded after a week without an entry; 'whenever' and future homework never", async () => {
    const s = await seed();
    const weekly = await insertAssignment(db, s, { cadence: "weekly", createdAt: ASSIGNED });
    await insertEntry(db, s, {
      partnerId: s.partners[0].id,
      assignmentId: weekly.id,
      createdAt: new Date("2026-01-12T18:00:00Z"),
    });
    await insertEntry(db, s, {
      partnerId: s.partners[1].id,
      assignmentId: weekly.id,
      createdAt: new Date("2026-01-08T09:00:00Z"),
    });
    await insertAssignment(db, s, { cadence: "whenever", createdAt: ASSIGNED });
    await insertAssignment(db, s, { cadence: "daily", dueOn: "2026-01-16", createdAt: ASSIGNED });
    await insertAssignment(db, s, { cadence: "daily", untilOn: "2026-01-14", createdAt: ASSIGNED });
    expect(await s.run()).toEqual({ queued: 1 });
    expect(await s.reminded()).toEqual(s.ids(1));
  });

  test("nobody in a paused couple, on paused homework, without an address, unsubscribed, or reminded lately", async () => {
    const paused = await seed();
    await insertAssignment(db, paused, { cadence: "daily", createdAt: ASSIGNED });
    await db.update(couples).set({ status: "paused" }).where(eq(couples.id, paused.couple.id));

    const s = await seed();
    await insertAssignment(db, s, { cadence: "daily", status: "paused", createdAt: ASSIGNED });
    const active = await insertAssignment(db, s, { cadence: "daily", createdAt: ASSIGNED });
    await db.update(partners).set({ email: null }).where(eq(partners.id, s.partners[0].id));
    await db
      .update(partners)
      .set({ remindersOffAt: hoursFrom(-100) })
      .where(eq(partners.id, s.partners[1].id));
    expect(await paused.run()).toEqual({ queued: 0 });
    expect(await s.run()).toEqual({ queued: 0 });

    await db
      .update(partners)
      .set({ remindersOffAt: null, lastRemindedAt: hoursFrom(-10) })
      .where(eq(partners.id, s.partners[1].id));
    expect(await s.run()).toEqual({ queued: 0 });
    await db.update(assignments).set({ status: "cancelled" }).where(eq(assignments.id, active.id));
    expect(await s.run(hoursFrom(24))).toEqual({ queued: 0 });
  });

  test("quiet hours follow the partner's zone: 04:00 in Los Angeles waits until 09:00 there", async () => {
    const s = await seed("America/Los_Angeles");
    await insertAssignment(db, s, { cadence: "daily", createdAt: ASSIGNED });
    expect(await s.run()).toEqual({ queued: 0 });
    expect(await s.run(hoursFrom(4.5))).toEqual({ queued: 0 });
    expect(await s.run(hoursFrom(5))).toEqual({ queued: 2 });
  });

  test("two scans at once still queue one reminder per partner", async () => {
    const s = await seed();
    await insertAssignment(db, s, { cadence: "daily", createdAt: ASSIGNED });
    const results = await Promise.all([s.run(), s.run(), s.run()]);
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(2);
    expect(await s.reminded()).toEqual(s.ids(0, 1));
  });
});
