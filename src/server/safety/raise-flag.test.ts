import { and, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { deliverDueEmails } from "~/server/email/deliver-outbox";
import {
  auditEvents,
  devMailbox,
  emailOutbox,
  memberships,
  practices,
  safetyFlags,
} from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { addMember } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

const alertsOf = (practiceId: string) =>
  db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.practiceId, practiceId), eq(emailOutbox.template, "safety_flag")));

test("“I need help” raises a flag with no answers, alerts the therapist, and a retried press is one flag", async () => {
  const { p, coupleId, a } = await seedCoupleWithPartners(db);
  const alex = await openAsPartner(db, p, a.id);
  const key = crypto.randomUUID();

  const first = await alex.api.partner.askForHelp({ idempotencyKey: key });
  const again = await alex.api.partner.askForHelp({ idempotencyKey: key });

  expect(first.duplicate).toBe(false);
  expect(again).toEqual({ raisedAt: first.raisedAt, duplicate: true });
  const flags = await db.select().from(safetyFlags).where(eq(safetyFlags.coupleId, coupleId));
  expect(flags).toMatchObject([{ source: "help_button", partnerId: a.id, closedAt: null }]);
  const alerts = await alertsOf(p.practiceId);
  expect(alerts.map((row) => row.to)).toEqual([p.therapist.user.email]);
  const events = await db
    .select({ action: auditEvents.action, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.coupleId, coupleId), eq(auditEvents.subjectType, "safety_flag")));
  expect(events).toEqual([{ action: "safety_flag.help_requested", details: { partnerId: a.id } }]);

  await deliverDueEmails(db, { practiceId: p.practiceId });
  const [mail] = await db
    .select()
    .from(devMailbox)
    .where(eq(devMailbox.to, p.therapist.user.email));
  expect(mail!.text).toContain("safety concern");
});

test("a flag ticked in a form is a safety flag on the couple, tied to its entry", async () => {
  const { p, coupleId, a } = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);
  const saved = await alex.api.partner.submitEntry(
    microHurtSubmission(assignmentId, { safetyFlag: true }),
  );
  await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));

  const flags = await db.select().from(safetyFlags).where(eq(safetyFlags.coupleId, coupleId));
  expect(flags).toMatchObject([{ source: "entry", entryId: saved.id, partnerId: a.id }]);
});

test("while the treating therapist is away, the practice's backup is alerted too, and counts the flag", async () => {
  const { p, a } = await seedCoupleWithPartners(db);
  const backup = await addMember(db, p.practiceId, "therapist");
  await db
    .update(practices)
    .set({ safetyBackupUserId: backup.user.id })
    .where(eq(practices.id, p.practiceId));
  const alex = await openAsPartner(db, p, a.id);

  // Not away: the treating therapist only.
  await alex.api.partner.askForHelp({ idempotencyKey: crypto.randomUUID() });
  expect((await alertsOf(p.practiceId)).map((row) => row.to)).toEqual([p.therapist.user.email]);
  await deliverDueEmails(db, { practiceId: p.practiceId });

  // Away today (a range around now covers every zone): both.
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await db
    .update(memberships)
    .set({ awayFrom: day(-1), awayUntil: day(1) })
    .where(
      and(eq(memberships.practiceId, p.practiceId), eq(memberships.userId, p.therapist.user.id)),
    );
  await alex.api.partner.askForHelp({ idempotencyKey: crypto.randomUUID() });
  const pending = (await alertsOf(p.practiceId)).filter((row) => row.status === "pending");
  expect(pending.map((row) => row.to).sort()).toEqual(
    [p.therapist.user.email, backup.user.email].sort(),
  );
  await db
    .update(emailOutbox)
    .set({ nextAttemptAt: new Date() })
    .where(eq(emailOutbox.status, "pending"));
  await deliverDueEmails(db, { practiceId: p.practiceId });
  const [toBackup] = await db.select().from(devMailbox).where(eq(devMailbox.to, backup.user.email));
  expect(toBackup!.text).toContain("2 safety concerns");

  // A backup who has left the practice is not alerted.
  await db
    .delete(memberships)
    .where(and(eq(memberships.practiceId, p.practiceId), eq(memberships.userId, backup.user.id)));
  await alex.api.partner.askForHelp({ idempotencyKey: crypto.randomUUID() });
  const latest = (await alertsOf(p.practiceId)).filter((row) => row.status === "pending");
  expect(latest.map((row) => row.to)).toEqual([p.therapist.user.email]);
});

test("a key that is not a device key is refused with a plain message", async () => {
  const { p, a } = await seedCoupleWithPartners(db);
  const alex = await openAsPartner(db, p, a.id);
  await expect(alex.api.partner.askForHelp({ idempotencyKey: "not-a-key" })).rejects.toThrow(
    "This request could not be read. Please try again.",
  );
});

test("the backup can open an away colleague's couples only while the colleague is away", async () => {
  const { p, coupleId } = await seedCoupleWithPartners(db);
  const backup = await addMember(db, p.practiceId, "therapist");
  await db
    .update(practices)
    .set({ safetyBackupUserId: backup.user.id })
    .where(eq(practices.id, p.practiceId));
  const open = () => backup.api.couples.get({ practiceId: p.practiceId, coupleId });
  await expect(open()).rejects.toThrow("not found");

  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const setAway = (from: string, until: string) =>
    db
      .update(memberships)
      .set({ awayFrom: from, awayUntil: until })
      .where(
        and(eq(memberships.practiceId, p.practiceId), eq(memberships.userId, p.therapist.user.id)),
      );
  await setAway(day(-1), day(1));
  await expect(open()).resolves.toMatchObject({ id: coupleId });
  // Another therapist of the practice, not the backup, still cannot.
  await expect(
    p.otherTherapist.api.couples.get({ practiceId: p.practiceId, coupleId }),
  ).rejects.toThrow("not found");

  await setAway(day(-10), day(-5));
  await expect(open()).rejects.toThrow("not found");
});
