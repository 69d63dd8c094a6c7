import { and, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { deliverDueEmails } from "~/server/email/deliver-outbox";
import { devMailbox, emailOutbox, entries } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { SAFETY_ALERT_GAP_MINUTES } from "~/server/safety/alert-recipients";

const db = testDatabase();

test("a burst of safety flags records every one and emails the therapist once, saying how many", async () => {
  const { p, coupleId, a } = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);
  const flag = () =>
    alex.api.partner.submitEntry(microHurtSubmission(assignmentId, { safetyFlag: true }));
  await flag();
  await flag();
  await flag();

  const flagged = await db
    .select()
    .from(entries)
    .where(and(eq(entries.coupleId, coupleId), eq(entries.safetyFlag, true)));
  expect(flagged).toHaveLength(3);
  const alerts = () =>
    db
      .select()
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.practiceId, p.practiceId), eq(emailOutbox.template, "safety_flag")),
      );
  expect(await alerts()).toHaveLength(1);

  await deliverDueEmails(db, { practiceId: p.practiceId });
  const inbox = await db.select().from(devMailbox).where(eq(devMailbox.to, p.therapist.user.email));
  expect(inbox).toHaveLength(1);
  expect(inbox[0]!.text).toContain("3 safety concerns");

  // A flag after that email is sent waits out the gap, then goes as its own alert.
  await flag();
  const waiting = (await alerts()).find((row) => row.status === "pending");
  const sent = (await alerts()).find((row) => row.status === "sent");
  expect(waiting!.nextAttemptAt.getTime() - sent!.sentAt!.getTime()).toBeGreaterThanOrEqual(
    SAFETY_ALERT_GAP_MINUTES * 60_000 - 1000,
  );
});
