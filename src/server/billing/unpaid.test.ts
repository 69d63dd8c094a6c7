import { and, eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import {
  assignments,
  emailOutbox,
  invitations,
  practiceBilling,
  safetyFlags,
} from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith, unique } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { loadBilling } from "./billing-state";
import { assignDueWeeks } from "~/server/programmes/assign-weeks";
import { startProgramme } from "~/server/programmes/programme-runs";
import { practiceProgramme, runState, therapistScope } from "~/test/programme-factories";

await vi.hoisted(async () => {
  const { billingOnWithDouble } = await import("~/test/billing-env");
  return billingOnWithDouble();
});

const db = testDatabase();
const day = 24 * 60 * 60 * 1000;

/** A practice with homework already out; its payment failed `daysAgo` days ago. */
async function unpaidFor(daysAgo: number) {
  const s = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(s.p, s.coupleId);
  await db
    .update(practiceBilling)
    .set({
      status: "past_due",
      seats: 10,
      stripeSubscriptionId: unique("sub"),
      paymentFailedAt: new Date(Date.now() - daysAgo * day),
    })
    .where(eq(practiceBilling.practiceId, s.p.practiceId));
  return { ...s, assignmentId };
}

const assign = (s: Awaited<ReturnType<typeof unpaidFor>>) =>
  s.p.therapist.api.homework.assign({
    practiceId: s.p.practiceId,
    coupleId: s.coupleId,
    kind: "bid",
    partnerPositions: [1, 2],
    cadence: "once",
  });

describe("when payment fails", () => {
  test("within the 14-day grace period everything still works", async () => {
    const s = await unpaidFor(13);
    await expect(assign(s)).resolves.toMatchObject({ id: expect.any(String) });
    await expect(
      s.p.owner.api.invitations.invite({
        practiceId: s.p.practiceId,
        email: `${unique("new")}@example.test`,
        role: "therapist",
      }),
    ).resolves.toMatchObject({ role: "therapist" });
    expect(await s.p.owner.api.billing.standing({ practiceId: s.p.practiceId })).toMatchObject({
      kind: "grace",
    });
  });

  test("after it, staff cannot assign new homework or invite, with a message saying why", async () => {
    const s = await unpaidFor(15);
    const refused = await rejectsWith(assign(s), "FORBIDDEN");
    expect(refused.message).toMatch(/overdue for more than 14 days/);
    expect(refused.message).toMatch(/partners can still do their homework/);
    const email = `${unique("new")}@example.test`;
    await rejectsWith(
      s.p.owner.api.invitations.invite({ practiceId: s.p.practiceId, email, role: "therapist" }),
      "FORBIDDEN",
    );
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(0);
  });

  test("after it, paused homework cannot be set going again, but can still be paused", async () => {
    const s = await unpaidFor(15);
    const input = { practiceId: s.p.practiceId, assignmentId: s.assignmentId };
    await s.p.therapist.api.homework.setStatus({ ...input, status: "paused" });
    await rejectsWith(
      s.p.therapist.api.homework.setStatus({ ...input, status: "active" }),
      "FORBIDDEN",
    );
    const [row] = await db.select().from(assignments).where(eq(assignments.id, s.assignmentId));
    expect(row?.status).toBe("paused");
  });

  test("after it, staff still read, review and see safety flags, and partners are never blocked", async () => {
    const s = await unpaidFor(40);
    const alex = await openAsPartner(db, s.p, s.a.id);
    // Homework already assigned goes on: a partner submits, even with "I don't feel safe".
    const entry = await alex.api.partner.submitEntry(microHurtSubmission(s.assignmentId));
    const flagged = await alex.api.partner.submitEntry(
      microHurtSubmission(s.assignmentId, { safetyFlag: true }),
    );
    await alex.api.partner.askForHelp({ idempotencyKey: crypto.randomUUID() });
    // Safety alerts are delivered whatever the billing state.
    const flags = await db.select().from(safetyFlags).where(eq(safetyFlags.coupleId, s.coupleId));
    expect(flags).toHaveLength(2);
    const alerts = await db
      .select()
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.practiceId, s.p.practiceId), eq(emailOutbox.template, "safety_flag")),
      );
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    // Staff read and review.
    const therapist = s.p.therapist.api;
    const listed = await therapist.entries.forCouple({
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
    });
    expect(JSON.stringify(listed)).toContain(entry.id);
    expect(JSON.stringify(listed)).toContain(flagged.id);
    await therapist.entries.markReviewed({ practiceId: s.p.practiceId, entryId: entry.id });
    const caseload = await therapist.caseload.list({ practiceId: s.p.practiceId });
    expect(JSON.stringify(caseload)).toContain(s.coupleId);
  });

  test("a practice without a billing row is on a trial ending 14 days after it was created", async () => {
    const s = await seedCoupleWithPartners(db);
    expect((await loadBilling(db, s.p.practiceId)).trialEndsAt).toEqual(
      new Date(s.p.practice.createdAt.getTime() + 14 * day),
    );
    await db.delete(practiceBilling).where(eq(practiceBilling.practiceId, s.p.practiceId));
    const missing = await loadBilling(db, s.p.practiceId);
    expect(missing).toMatchObject({ status: null, exempt: false });
    expect(missing.trialEndsAt).toEqual(new Date(s.p.practice.createdAt.getTime() + 14 * day));
    await expect(assignMicroHurt(s.p, s.coupleId)).resolves.toBeTruthy();
  });

  test("when the trial ends unpaid, new homework pauses too", async () => {
    const s = await seedCoupleWithPartners(db);
    await db
      .update(practiceBilling)
      .set({ trialEndsAt: new Date(Date.now() - day) })
      .where(eq(practiceBilling.practiceId, s.p.practiceId));
    const refused = await rejectsWith(assignMicroHurt(s.p, s.coupleId), "FORBIDDEN");
    expect(refused.message).toMatch(/free trial has ended/);
  });
});

describe("programmes when payment fails", () => {
  test("past the grace period a running programme's next week waits; it begins once paid", async () => {
    const s = await unpaidFor(0);
    const familyId = await practiceProgramme(s.p);
    const monday = new Date("2027-03-01T12:00:00Z");
    const run = await startProgramme(
      db,
      therapistScope(s.p),
      { coupleId: s.coupleId, programme: { familyId }, startsOn: "2027-03-01" },
      monday,
    );
    const failed = (daysAgo: number) =>
      db
        .update(practiceBilling)
        .set({ paymentFailedAt: new Date(Date.now() - daysAgo * day) })
        .where(eq(practiceBilling.practiceId, s.p.practiceId));
    await failed(20);
    const weekTwo = new Date(monday.getTime() + 8 * day);
    await assignDueWeeks(db, { runId: run.id, now: weekTwo });
    expect((await runState(db, run.id)).weeks.map((w) => w.status)).toEqual([
      "assigned",
      "scheduled",
      "scheduled",
    ]);
    await db
      .update(practiceBilling)
      .set({ status: "active", paymentFailedAt: null })
      .where(eq(practiceBilling.practiceId, s.p.practiceId));
    await assignDueWeeks(db, { runId: run.id, now: weekTwo });
    expect((await runState(db, run.id)).weeks[1]).toMatchObject({ status: "assigned" });
  });
});
