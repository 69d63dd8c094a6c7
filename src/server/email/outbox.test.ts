import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { emailOutbox } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { outboxOf, seedCoupleForEmail } from "~/test/outbox-fixtures";
import { deliverDueEmails } from "./deliver-outbox";
import { emailFailures, enqueueEmail } from "./outbox";
import type { EmailTransport } from "./transport";

const db = testDatabase();

describe("enqueueEmail", () => {
  test("an email queued in a transaction that rolls back is never stored", async () => {
    const s = await seedCoupleForEmail(db);
    const attempt = db.transaction(async (tx) => {
      await enqueueEmail(tx, {
        practiceId: s.practiceId,
        to: s.partners[0].email!,
        template: "partner_link",
        props: { partnerId: s.partners[0].id },
      });
      expect(await outboxOf(tx, s.practiceId)).toHaveLength(1);
      tx.rollback();
    });
    await expect(attempt).rejects.toThrow("Rollback");
    expect(await outboxOf(db, s.practiceId)).toEqual([]);
  });

  test("props other than the template's ids are refused, so nothing clinical can be stored", async () => {
    const s = await seedCoupleForEmail(db);
    const withNote = { partnerId: s.partners[0].id, note: "I felt dismissed at dinner" };
    await expect(
      enqueueEmail(db, {
        practiceId: s.practiceId,
        to: s.partners[0].email!,
        template: "homework_assigned",
        props: withNote,
      }),
    ).rejects.toThrow();
    expect(await outboxOf(db, s.practiceId)).toEqual([]);
  });
});

describe("emailFailures", () => {
  test("shows the latest failure per partner; a later email that went through clears it", async () => {
    const s = await seedCoupleForEmail(db);
    const [one, two] = s.partners;
    const queue = (partnerId: string, to: string) =>
      enqueueEmail(db, {
        practiceId: s.practiceId,
        to,
        template: "partner_link",
        props: { partnerId },
        subjectType: "partner",
        subjectId: partnerId,
      });
    await queue(one.id, one.email!);
    await queue(two.id, two.email!);
    // Partner 1's address is refused until the therapist fixes it.
    const refusing: EmailTransport = {
      send: (email) =>
        email.to === one.email
          ? Promise.reject(new Error("Resend refused the email: invalid_to"))
          : Promise.resolve(),
    };
    await deliverDueEmails(db, { practiceId: s.practiceId, transport: refusing });
    const args = { practiceId: s.practiceId, subjectType: "partner", subjectIds: [one.id, two.id] };

    expect(await emailFailures(db, args)).toEqual([
      {
        subjectId: one.id,
        to: one.email,
        template: "partner_link",
        status: "retrying",
        attempts: 1,
        lastError: "Error: Resend refused the email: invalid_to",
        queuedAt: expect.any(Date),
      },
    ]);

    await db.update(emailOutbox).set({ status: "failed" }).where(eq(emailOutbox.subjectId, one.id));
    expect(await emailFailures(db, args)).toMatchObject([{ subjectId: one.id, status: "failed" }]);

    const outsider = await seedCoupleForEmail(db);
    expect(await emailFailures(db, { ...args, practiceId: outsider.practiceId })).toEqual([]);

    await queue(one.id, one.email!);
    await deliverDueEmails(db, { practiceId: s.practiceId });
    expect(await emailFailures(db, args)).toEqual([]);
  });
});
