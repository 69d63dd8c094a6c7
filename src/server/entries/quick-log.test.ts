import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, entries, entryUpdates } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

const quickAnswers = {
  observation: "They finished my sentence for me in front of their parents.",
  category: "tone",
  intensity: 5,
};

const theRest = {
  feelings: ["embarrassed", "unseen"],
  story: "too_much",
  needed: "To be let finish.",
  raised: true,
  repaired: true,
  repairHow: "They said sorry in the car.",
  repairedAfter: { amount: 30, unit: "minutes" },
};

async function quickLogged() {
  const seeded = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(seeded.p, seeded.coupleId);
  const alex = await openAsPartner(db, seeded.p, seeded.a.id);
  const input = microHurtSubmission(assignmentId, { payload: quickAnswers, quick: true });
  const saved = await alex.api.partner.submitEntry(input);
  return { ...seeded, alex, assignmentId, input, saved };
}

describe("quick log", () => {
  test("is stored quick with its three answers, once per device key, audited as quick", async () => {
    const { alex, input, saved } = await quickLogged();
    expect(await alex.api.partner.submitEntry(input)).toMatchObject({
      id: saved.id,
      duplicate: true,
    });
    const rows = await db.select().from(entries).where(eq(entries.id, saved.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      quick: true,
      schemaVersion: 3,
      payload: quickAnswers,
      visibility: "private",
    });
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, saved.id));
    expect(audit?.details).toMatchObject({ kind: "micro_hurt", quick: true });
  });

  test("a full submission is not quick, and a quick one takes only the quick questions", async () => {
    const { alex, assignmentId } = await quickLogged();
    const full = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    const [row] = await db.select().from(entries).where(eq(entries.id, full.id));
    expect(row?.quick).toBe(false);
    const tooMuch = await rejectsWith(
      alex.api.partner.submitEntry(
        microHurtSubmission(assignmentId, {
          payload: { ...quickAnswers, feelings: ["sad"] },
          quick: true,
        }),
      ),
      "BAD_REQUEST",
    );
    expect(tooMuch.message).toMatch(/takes only its own questions/);
  });

  test("a kind without a quick form refuses a quick submission", async () => {
    const { alex } = await quickLogged();
    const refused = await rejectsWith(
      alex.api.partner.submitEntry({
        kind: "soft_checkin",
        idempotencyKey: crypto.randomUUID(),
        payload: { appreciation: "Coffee", need: "Rest", plan: "A walk" },
        quick: true,
      }),
      "BAD_REQUEST",
    );
    expect(refused.message).toMatch(/no quick form/);
  });

  test("completed later through an update: the therapist reads all of it, and that it was quick", async () => {
    const { p, coupleId, alex, saved } = await quickLogged();
    const range = { practiceId: p.practiceId, coupleId, range: "all" as const };
    const before = await p.therapist.api.timeline.entry({ ...range, entryId: saved.id });
    expect(before.summary).toBe("Quick log · Tone · intensity 5");
    expect(before.quick).toBe(true);
    const beforeTimeline = await p.therapist.api.timeline.forCouple(range);
    const asLogged = beforeTimeline.entries.find((e) => e.id === saved.id);
    expect(asLogged).toMatchObject({ quick: true, summary: "Quick log · Tone · intensity 5" });
    expect(asLogged?.metrics).not.toHaveProperty("repaired");

    const completion = {
      entryId: saved.id,
      kind: "micro_hurt" as const,
      idempotencyKey: crypto.randomUUID(),
      payload: theRest,
    };
    await alex.api.partner.updateEntry(completion);
    await alex.api.partner.updateEntry(completion);
    expect(
      await db.select().from(entryUpdates).where(eq(entryUpdates.entryId, saved.id)),
    ).toHaveLength(1);

    const [row] = await db.select().from(entries).where(eq(entries.id, saved.id));
    expect(row).toMatchObject({ quick: true, payload: quickAnswers });

    const detail = await p.therapist.api.timeline.entry({ ...range, entryId: saved.id });
    expect(detail.summary).toBe("Quick log · Tone · intensity 5 · repaired after 30 minutes");
    expect(detail.answers).toContainEqual({
      label: "What did you feel?",
      value: "Embarrassed, Unseen",
    });
    expect(detail.answers).toContainEqual({
      label: "What happened?",
      value: quickAnswers.observation,
    });
    expect(detail.original?.map((row) => row.label)).toEqual([
      "What happened?",
      "What kind of moment was it?",
      "How intense was it?",
    ]);

    const timeline = await p.therapist.api.timeline.forCouple(range);
    const completed = timeline.entries.find((e) => e.id === saved.id);
    expect(completed?.metrics).toMatchObject({
      repaired: true,
      raised: true,
      minutesToRepair: 30,
      story: "too_much",
    });

    const list = await p.therapist.api.entries.forCouple({ practiceId: p.practiceId, coupleId });
    expect(list.entries.find((e) => e.id === saved.id)?.quick).toBe(true);

    const mine = await alex.api.partner.entry({ entryId: saved.id });
    expect(mine).toMatchObject({
      quick: true,
      latestUpdate: { payload: theRest, schemaVersion: 3 },
    });
  });

  test("an update must say something, and never rewrites the quick three", async () => {
    const { alex, saved } = await quickLogged();
    const update = (payload: Record<string, unknown>) => ({
      entryId: saved.id,
      kind: "micro_hurt" as const,
      idempotencyKey: crypto.randomUUID(),
      payload,
    });
    await rejectsWith(alex.api.partner.updateEntry(update({})), "BAD_REQUEST");
    await rejectsWith(alex.api.partner.updateEntry(update({ intensity: 9 })), "BAD_REQUEST");
    expect(
      await db.select().from(entryUpdates).where(eq(entryUpdates.entryId, saved.id)),
    ).toHaveLength(0);
  });
});
