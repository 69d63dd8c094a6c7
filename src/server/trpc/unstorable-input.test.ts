import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { couples, homeworkTemplates } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { coupleInput, rejectsWith, seedCouple, seedPractice } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { UNSTORABLE_TEXT_MESSAGE } from "~/validation/storable-text";

const db = testDatabase();

describe("text the database cannot store is refused with a clear 400", () => {
  test("a NUL in a couple label, session notes or the caseload search", async () => {
    const p = await seedPractice(db);
    const coupleId = await seedCouple(p, p.therapist.user.id);
    const before = await db.select().from(couples).where(eq(couples.id, coupleId));
    const input = coupleInput(p.therapist.user.id, "Alex\u0000Sam");
    const error = await rejectsWith(
      p.owner.api.couples.create({ practiceId: p.practiceId, ...input }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe(UNSTORABLE_TEXT_MESSAGE);
    await rejectsWith(
      p.therapist.api.therapySessions.record({
        practiceId: p.practiceId,
        coupleId,
        sessionOn: "2026-11-02",
        notes: "notes\u0000",
      }),
      "BAD_REQUEST",
    );
    await rejectsWith(
      p.owner.api.caseload.list({ practiceId: p.practiceId, search: "Al\u0000" }),
      "BAD_REQUEST",
    );
    expect(await db.select().from(couples).where(eq(couples.id, coupleId))).toEqual(before);
  });

  test("a lone surrogate in a partner's entry text, with the field named", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const assignment = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const submission = microHurtSubmission(assignment.id);
    const error = await rejectsWith(
      alex.api.partner.submitEntry({
        ...submission,
        payload: { ...submission.payload, observation: "They laughed \uD83D at me" },
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe(UNSTORABLE_TEXT_MESSAGE);
  });
});

test("a prompt key that is not one of the kind's questions is refused, and the library still loads", async () => {
  const p = await seedPractice(db);
  const input = { practiceId: p.practiceId };
  const { familyId } = await p.owner.api.homework.copyTemplate({ ...input, kind: "bid" });
  await rejectsWith(
    p.owner.api.homework.reviseTemplate({
      ...input,
      familyId,
      title: "Ours",
      instructions: "Take your time.",
      prompts: { constructor: { label: "x" } },
    }),
    "BAD_REQUEST",
  );
  const rows = await db
    .select()
    .from(homeworkTemplates)
    .where(eq(homeworkTemplates.familyId, familyId));
  expect(rows).toHaveLength(1);
  const library = await p.owner.api.homework.templates(input);
  expect(library.practice.map((t) => t.familyId)).toEqual([familyId]);
});
