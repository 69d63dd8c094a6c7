import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import {
  assignments,
  partnerLinks,
  emailOutbox,
  entries,
  homeworkTemplates,
} from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

/** Practice A with homework, an entry and a template; practice B's owner and A's other therapist. */
async function scene() {
  const a = await seedCoupleWithPartners(db);
  const b = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(a.p, a.coupleId);
  const alex = await openAsPartner(db, a.p, a.a.id);
  const { id: entryId } = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
  const template = await a.p.owner.api.homework.copyTemplate({
    practiceId: a.p.practiceId,
    kind: "bid",
  });
  const snapshot = async () => ({
    assignment: await db.select().from(assignments).where(eq(assignments.id, assignmentId)),
    entry: await db.select().from(entries).where(eq(entries.id, entryId)),
    links: await db.select().from(partnerLinks).where(eq(partnerLinks.partnerId, a.a.id)),
    templates: await db
      .select()
      .from(homeworkTemplates)
      .where(eq(homeworkTemplates.familyId, template.familyId)),
    mail: await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, a.a.id)),
  });
  return { a, b, assignmentId, entryId, familyId: template.familyId, snapshot };
}

describe("homework procedures answer NOT_FOUND to another practice and change nothing", () => {
  test("for every procedure, with either practice id", async () => {
    const s = await scene();
    const before = await s.snapshot();
    const outsider = s.b.p.owner.api;
    for (const practiceId of [s.b.p.practiceId, s.a.p.practiceId]) {
      const attempts = [
        () =>
          outsider.homework.assign({
            practiceId,
            coupleId: s.a.coupleId,
            kind: "bid",
            partnerPositions: [1],
            cadence: "once",
          }),
        () =>
          outsider.homework.setStatus({
            practiceId,
            assignmentId: s.assignmentId,
            status: "cancelled",
          }),
        () => outsider.homework.forCouple({ practiceId, coupleId: s.a.coupleId }),
        () =>
          outsider.homework.reviseTemplate({
            practiceId,
            familyId: s.familyId,
            title: "Ours",
            instructions: "x",
            prompts: {},
          }),
        () => outsider.homework.archiveTemplate({ practiceId, familyId: s.familyId }),
        () => outsider.homework.mayEditTemplate({ practiceId, familyId: s.familyId }),
        () => outsider.entries.forCouple({ practiceId, coupleId: s.a.coupleId }),
        () => outsider.entries.markReviewed({ practiceId, entryId: s.entryId }),
        () => outsider.partnerLinks.issue({ practiceId, partnerId: s.a.a.id }),
        () => outsider.partnerLinks.email({ practiceId, partnerId: s.a.a.id }),
        () => outsider.partnerLinks.revoke({ practiceId, partnerId: s.a.a.id }),
      ];
      for (const attempt of attempts)
        await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      outsider.homework.templates({ practiceId: s.a.p.practiceId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      outsider.homework.copyTemplate({ practiceId: s.a.p.practiceId, kind: "csi4" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await outsider.homework.templates({ practiceId: s.b.p.practiceId });
    expect(own.practice).toEqual([]);
    const theirs = await s.a.p.owner.api.homework.templates({ practiceId: s.a.p.practiceId });
    expect(theirs.practice.map((t) => t.familyId)).toEqual([s.familyId]);
    expect(
      await outsider.partnerLinks.status({ practiceId: s.b.p.practiceId, partnerIds: [s.a.a.id] }),
    ).toEqual([]);
    expect(await s.snapshot()).toEqual(before);
  });

  test("a therapist of the same practice who does not treat the couple gets NOT_FOUND too", async () => {
    const s = await scene();
    const before = await s.snapshot();
    const other = s.a.p.otherTherapist.api;
    const practiceId = s.a.p.practiceId;
    await expect(
      other.entries.forCouple({ practiceId, coupleId: s.a.coupleId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.entries.markReviewed({ practiceId, entryId: s.entryId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.homework.forCouple({ practiceId, coupleId: s.a.coupleId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.homework.setStatus({ practiceId, assignmentId: s.assignmentId, status: "paused" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.partnerLinks.issue({ practiceId, partnerId: s.a.a.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await s.snapshot()).toEqual(before);
  });
});

describe("assignments", () => {
  test("assigning emails each assigned partner; pause, resume and cancel are recorded", async () => {
    const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
    const { id } = await assignMicroHurt(p, coupleId, [2]);
    const queued = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.template, "homework_assigned"));
    expect(queued.filter((q) => q.subjectId === b.id)).toHaveLength(1);
    expect(queued.filter((q) => q.subjectId === a.id)).toHaveLength(0);
    for (const status of ["paused", "active", "cancelled"] as const) {
      await p.therapist.api.homework.setStatus({
        practiceId: p.practiceId,
        assignmentId: id,
        status,
      });
    }
    const [list] = await p.therapist.api.homework.forCouple({ practiceId: p.practiceId, coupleId });
    expect(list).toMatchObject({
      id,
      status: "cancelled",
      progress: [{ position: 2, entries: 0, expected: null }],
    });
  });

  test("an assignment keeps the template version it was given with", async () => {
    const { p, coupleId } = await seedCoupleWithPartners(db);
    const t = await p.owner.api.homework.copyTemplate({
      practiceId: p.practiceId,
      kind: "soft_checkin",
    });
    await p.owner.api.homework.reviseTemplate({
      practiceId: p.practiceId,
      familyId: t.familyId,
      title: "Sunday check-in",
      instructions: "Ten quiet minutes.",
      prompts: {},
    });
    const { id } = await p.therapist.api.homework.assign({
      practiceId: p.practiceId,
      coupleId,
      kind: "soft_checkin",
      templateFamilyId: t.familyId,
      partnerPositions: [1, 2],
      cadence: "weekly",
    });
    await p.owner.api.homework.reviseTemplate({
      practiceId: p.practiceId,
      familyId: t.familyId,
      title: "Renamed later",
      instructions: "Other words.",
      prompts: {},
    });
    const [row] = await db.select().from(assignments).where(eq(assignments.id, id));
    const [version] = await db
      .select()
      .from(homeworkTemplates)
      .where(eq(homeworkTemplates.id, row!.templateId!));
    expect(row!.title).toBe("Sunday check-in");
    expect(version).toMatchObject({ version: 2, title: "Sunday check-in" });
  });
});

describe("templates", () => {
  test("two people saving the same template at once: one version each, never a crash", async () => {
    const { p } = await seedCoupleWithPartners(db);
    const t = await p.owner.api.homework.copyTemplate({ practiceId: p.practiceId, kind: "bid" });
    const save = (title: string) =>
      p.owner.api.homework
        .reviseTemplate({
          practiceId: p.practiceId,
          familyId: t.familyId,
          title,
          instructions: "i",
          prompts: {},
        })
        .then(
          () => "saved",
          (e: { code?: string }) => e.code,
        );
    const outcomes = await Promise.all([save("One"), save("Two")]);
    expect(outcomes.sort()).toEqual(expect.arrayContaining(["saved"]));
    for (const outcome of outcomes) expect(["saved", "CONFLICT"]).toContain(outcome);
    const versions = await db
      .select()
      .from(homeworkTemplates)
      .where(eq(homeworkTemplates.familyId, t.familyId));
    expect(versions.map((v) => v.version).sort()).toEqual(
      outcomes.includes("CONFLICT") ? [1, 2] : [1, 2, 3],
    );
  });
});
