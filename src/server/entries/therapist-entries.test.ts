import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedPractice } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe("entries.forCouple", () => {
  test("an unreviewed safety flag stays listed however many newer entries there are", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const flagged = await alex.api.client.submitEntry(
      microHurtSubmission(assignmentId, { occurredAt: daysAgo(5), safetyFlag: true }),
    );
    for (const days of [3, 2, 1]) {
      await alex.api.client.submitEntry(
        microHurtSubmission(assignmentId, { occurredAt: daysAgo(days) }),
      );
    }
    const input = { practiceId: p.practiceId, coupleId, limit: 2 };

    const seen = await p.therapist.api.entries.forCouple(input);
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toMatchObject({ id: flagged.id, safetyFlag: true, reviewedAt: null });
    expect(seen.map((e) => e.occurredAt.getTime())).toEqual(
      seen.map((e) => e.occurredAt.getTime()).sort((x, y) => y - x),
    );

    await p.therapist.api.entries.markReviewed({ practiceId: p.practiceId, entryId: flagged.id });
    const after = await p.therapist.api.entries.forCouple(input);
    expect(after.map((e) => e.id)).not.toContain(flagged.id);
    expect(after).toHaveLength(2);
  });

  test("outsider: another practice's member gets NOT_FOUND for the couple and its entries", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const saved = await alex.api.client.submitEntry(microHurtSubmission(assignmentId));
    const outsider = await seedPractice(db);
    await rejectsWith(
      outsider.owner.api.entries.forCouple({ practiceId: p.practiceId, coupleId }),
      "NOT_FOUND",
    );
    await rejectsWith(
      outsider.owner.api.entries.markReviewed({
        practiceId: outsider.practiceId,
        entryId: saved.id,
      }),
      "NOT_FOUND",
    );
    const [still] = await p.therapist.api.entries.forCouple({ practiceId: p.practiceId, coupleId });
    expect(still).toMatchObject({ id: saved.id, reviewedAt: null });
  });
});
