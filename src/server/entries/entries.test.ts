import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { examplePayload as repairExample } from "~/homework/repair-script";
import { auditEvents, emailOutbox, entries } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

describe("submitting homework", () => {
  test("assign → partner submits → the therapist reads it, and the caseload counts it", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const home = await alex.api.partner.home();
    expect(home.homework.map((h) => h.id)).toEqual([assignmentId]);

    const saved = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    expect(saved.duplicate).toBe(false);

    const { entries: seen } = await p.therapist.api.entries.forCouple({
      practiceId: p.practiceId,
      coupleId,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      id: saved.id,
      partnerName: "Alex",
      visibility: "private",
      safetyFlag: false,
    });
    const [row] = await p.therapist.api.caseload.list({
      practiceId: p.practiceId,
      status: "current",
    });
    expect(row).toMatchObject({ openHomework: 1, newEntries: 1, safetyFlags: 0 });
    expect(row!.lastActivityAt).not.toBeNull();

    await p.therapist.api.entries.markReviewed({ practiceId: p.practiceId, entryId: saved.id });
    const [after] = await p.therapist.api.caseload.list({
      practiceId: p.practiceId,
      status: "current",
    });
    expect(after!.newEntries).toBe(0);
  });

  test("a retried or double-tapped submit makes one entry", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const submission = microHurtSubmission(assignmentId);
    const [first, second] = await Promise.all([
      alex.api.partner.submitEntry(submission),
      alex.api.partner.submitEntry(submission),
    ]);
    const third = await alex.api.partner.submitEntry(submission);
    expect(new Set([first.id, second.id, third.id]).size).toBe(1);
    expect(third.duplicate).toBe(true);
    const stored = await db.select().from(entries).where(eq(entries.partnerId, a.id));
    expect(stored).toHaveLength(1);
    const submitted = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, first.id));
    expect(submitted.map((e) => e.action)).toEqual(["entry.submitted"]);
  });

  test("bad answers come back per field, in words", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const bad = microHurtSubmission(assignmentId, { payload: { observation: "", intensity: 14 } });
    const error = await alex.api.partner.submitEntry(bad).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const fields = (error as { cause: { issues: { path: string[]; message: string }[] } }).cause
      .issues;
    expect(fields.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["payload.intensity"]),
    );
  });

  test("a safety flag reaches the treating therapist's inbox at once, with no content", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const saved = await alex.api.partner.submitEntry(
      microHurtSubmission(assignmentId, { safetyFlag: true }),
    );
    const mail = await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, saved.id));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      to: p.therapist.user.email,
      template: "safety_flag",
      props: { coupleId },
    });
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, saved.id));
    expect(audit.map((e) => e.action).sort()).toEqual(["entry.safety_flagged", "entry.submitted"]);
    const [row] = await p.therapist.api.caseload.list({
      practiceId: p.practiceId,
      status: "current",
    });
    expect(row!.safetyFlags).toBe(1);
  });

  test("an answer for homework of another couple is refused and nothing is stored", async () => {
    const one = await seedCoupleWithPartners(db);
    const other = await seedCoupleWithPartners(db);
    const { id: foreignAssignment } = await assignMicroHurt(other.p, other.coupleId);
    const alex = await openAsPartner(db, one.p, one.a.id);
    await expect(
      alex.api.partner.submitEntry(microHurtSubmission(foreignAssignment)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.select().from(entries).where(eq(entries.partnerId, one.a.id))).toHaveLength(0);
  });
});

describe("linking a repair script to a logged hurt", () => {
  test("only to one of the author's own micro-hurts", async () => {
    const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
    const { id: hurts } = await assignMicroHurt(p, coupleId);
    const { id: repairs } = await p.therapist.api.homework.assign({
      practiceId: p.practiceId,
      coupleId,
      kind: "repair_script",
      partnerPositions: [1, 2],
      cadence: "whenever",
    });
    const alex = await openAsPartner(db, p, a.id);
    const sam = await openAsPartner(db, p, b.id);
    const { id: samsHurt } = await sam.api.partner.submitEntry(microHurtSubmission(hurts));
    const { id: alexsHurt } = await alex.api.partner.submitEntry(microHurtSubmission(hurts));
    const repair = (hurtEntryId: string) => ({
      kind: "repair_script" as const,
      assignmentId: repairs,
      idempotencyKey: crypto.randomUUID(),
      payload: { ...repairExample, hurtEntryId },
    });
    await expect(alex.api.partner.submitEntry(repair(samsHurt))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Choose one of your own entries, or none.",
    });
    const saved = await alex.api.partner.submitEntry(repair(alexsHurt));
    expect(saved.duplicate).toBe(false);
  });
});
