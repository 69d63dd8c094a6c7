import { and, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { deliverDueEmails } from "~/server/email/deliver-outbox";
import { devMailbox, emailOutbox, partnerLinks } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedPractice } from "~/test/factories";
import { assignMicroHurt, seedCoupleWithPartners } from "~/test/homework-factories";

const db = testDatabase();

const homeworkEmails = (practiceId: string) =>
  db
    .select()
    .from(emailOutbox)
    .where(
      and(eq(emailOutbox.practiceId, practiceId), eq(emailOutbox.template, "homework_assigned")),
    );

test("homework assigned in one sitting is one email and one link per partner", async () => {
  const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
  await assignMicroHurt(p, coupleId);
  await assignMicroHurt(p, coupleId);
  await assignMicroHurt(p, coupleId);

  const queued = await homeworkEmails(p.practiceId);
  expect(queued.map((row) => row.subjectId).sort()).toEqual([a.id, b.id].sort());

  await deliverDueEmails(db, { practiceId: p.practiceId });
  const toAlex = await db.select().from(devMailbox).where(eq(devMailbox.to, a.email!));
  expect(toAlex).toHaveLength(1);
  const links = await db.select().from(partnerLinks).where(eq(partnerLinks.partnerId, a.id));
  expect(links).toHaveLength(1);

  // Once that email has gone, the next assignment is a new sitting: a new email.
  await assignMicroHurt(p, coupleId);
  const after = (await homeworkEmails(p.practiceId)).filter((row) => row.status === "pending");
  expect(after).toHaveLength(2);
});

test("the links panel learns a homework email is on its way; others learn nothing", async () => {
  const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
  await assignMicroHurt(p, coupleId, [1]);
  const input = { practiceId: p.practiceId, partnerIds: [a.id, b.id] };

  const pending = await p.therapist.api.partnerLinks.pendingEmails(input);
  expect(pending.map((row) => row.partnerId)).toEqual([a.id]);

  expect(await p.otherTherapist.api.partnerLinks.pendingEmails(input)).toEqual([]);
  const outsider = await seedPractice(db);
  await rejectsWith(outsider.owner.api.partnerLinks.pendingEmails(input), "NOT_FOUND");
  expect(
    await outsider.owner.api.partnerLinks.pendingEmails({
      ...input,
      practiceId: outsider.practiceId,
    }),
  ).toEqual([]);
  expect(await p.therapist.api.partnerLinks.pendingEmails(input)).toHaveLength(1);
});
