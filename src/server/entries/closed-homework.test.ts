import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { assignments, entries } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

test("paused, cancelled or ended homework takes no new answers, but a safety flag always gets through", async () => {
  const { p, coupleId, a } = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);
  const stored = () => db.select().from(entries).where(eq(entries.assignmentId, assignmentId));
  const input = { practiceId: p.practiceId, assignmentId };

  await p.therapist.api.homework.setStatus({ ...input, status: "paused" });
  const paused = await rejectsWith(
    alex.api.partner.submitEntry(microHurtSubmission(assignmentId)),
    "CONFLICT",
  );
  expect(paused.message).toMatch(/paused/);

  await p.therapist.api.homework.setStatus({ ...input, status: "cancelled" });
  await rejectsWith(alex.api.partner.submitEntry(microHurtSubmission(assignmentId)), "CONFLICT");

  await p.therapist.api.homework.setStatus({ ...input, status: "active" });
  await db
    .update(assignments)
    .set({ untilOn: "2020-01-01" })
    .where(eq(assignments.id, assignmentId));
  await rejectsWith(alex.api.partner.submitEntry(microHurtSubmission(assignmentId)), "CONFLICT");
  expect(await stored()).toEqual([]);

  await alex.api.partner.submitEntry(microHurtSubmission(assignmentId, { safetyFlag: true }));
  expect(await stored()).toHaveLength(1);
});
