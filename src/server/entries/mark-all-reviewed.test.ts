import { and, eq, isNull } from "drizzle-orm";
import { expect, test } from "vitest";
import { auditEvents, entries } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedPractice } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

async function coupleWithNewEntries() {
  const seeded = await seedCoupleWithPartners(db);
  const { p, coupleId, a } = seeded;
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);
  await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
  await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
  const flagged = await alex.api.partner.submitEntry(
    microHurtSubmission(assignmentId, { safetyFlag: true }),
  );
  return { ...seeded, flaggedId: flagged.id };
}

const unreviewed = (coupleId: string) =>
  db
    .select({ id: entries.id })
    .from(entries)
    .where(and(eq(entries.coupleId, coupleId), isNull(entries.reviewedAt)));

test("mark all reviewed takes every ordinary new entry, leaves the open safety flag, and audits the count", async () => {
  const { p, coupleId, flaggedId } = await coupleWithNewEntries();
  const done = await p.therapist.api.entries.markAllReviewed({
    practiceId: p.practiceId,
    coupleId,
  });
  expect(done).toEqual({ reviewed: 2 });
  expect(await unreviewed(coupleId)).toEqual([{ id: flaggedId }]);
  const [event] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.coupleId, coupleId), eq(auditEvents.action, "entry.all_reviewed")));
  expect(event?.details).toEqual({ count: 2 });
  // Nothing left to do: no second event.
  expect(
    await p.therapist.api.entries.markAllReviewed({ practiceId: p.practiceId, coupleId }),
  ).toEqual({ reviewed: 0 });
});

test("another therapist, or another practice, gets NOT_FOUND and nothing changes", async () => {
  const { p, coupleId } = await coupleWithNewEntries();
  await rejectsWith(
    p.otherTherapist.api.entries.markAllReviewed({ practiceId: p.practiceId, coupleId }),
    "NOT_FOUND",
  );
  const outsider = await seedPractice(db);
  await rejectsWith(
    outsider.owner.api.entries.markAllReviewed({ practiceId: p.practiceId, coupleId }),
    "NOT_FOUND",
  );
  await rejectsWith(
    outsider.owner.api.entries.markAllReviewed({ practiceId: outsider.practiceId, coupleId }),
    "NOT_FOUND",
  );
  expect(await unreviewed(coupleId)).toHaveLength(3);
});
