import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { couples } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedCouple } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { raiseHelpButtonFlag } from "~/test/safety-factories";

const db = testDatabase();

describe("the caseload balance", () => {
  test("counts, per therapist, active couples, open homework, unreviewed entries and open safety flags", async () => {
    const s = await seedCoupleWithPartners(db);
    const { p } = s;
    const { id: assignmentId } = await assignMicroHurt(p, s.coupleId);
    await assignMicroHurt(p, s.coupleId, [1]);
    const alex = await openAsPartner(db, p, s.a.id);
    const first = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    await p.therapist.api.entries.markReviewed({ practiceId: p.practiceId, entryId: first.id });
    await raiseHelpButtonFlag(db, s);
    await seedCouple(p, p.therapist.user.id);
    const paused = await seedCouple(p, p.otherTherapist.user.id);
    await db.update(couples).set({ status: "paused" }).where(eq(couples.id, paused));
    const discharged = await seedCouple(p, p.otherTherapist.user.id);
    await db.update(couples).set({ status: "discharged" }).where(eq(couples.id, discharged));

    for (const manager of [p.owner, p.admin]) {
      const rows = await manager.api.caseload.balance({ practiceId: p.practiceId });
      const by = new Map(rows.map((r) => [r.userId, r]));
      expect(by.get(p.therapist.user.id)).toMatchObject({
        activeCouples: 2,
        pausedCouples: 0,
        openHomework: 2,
        unreviewedEntries: 1,
        openSafetyFlags: 1,
      });
      expect(by.get(p.otherTherapist.user.id)).toMatchObject({
        activeCouples: 0,
        pausedCouples: 1,
        openHomework: 0,
        unreviewedEntries: 0,
        openSafetyFlags: 0,
      });
      expect(by.get(p.owner.user.id)).toMatchObject({ activeCouples: 0, role: "owner" });
      expect(rows).toHaveLength(4);
      expect(rows[0]?.userId).toBe(p.therapist.user.id);
    }
  });

  test("therapists are refused, and another practice gets NOT_FOUND", async () => {
    const s = await seedCoupleWithPartners(db);
    const b = await seedCoupleWithPartners(db);
    await rejectsWith(
      s.p.therapist.api.caseload.balance({ practiceId: s.p.practiceId }),
      "FORBIDDEN",
    );
    await rejectsWith(b.p.owner.api.caseload.balance({ practiceId: s.p.practiceId }), "NOT_FOUND");
    const own = await b.p.owner.api.caseload.balance({ practiceId: b.p.practiceId });
    expect(own.map((r) => r.userId)).not.toContain(s.p.therapist.user.id);
  });
});
