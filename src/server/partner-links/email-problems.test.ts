import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { emailOutbox } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { deliverDueEmails } from "~/server/email/deliver-outbox";
import type { EmailTransport } from "~/server/email/transport";
import { mailTo, rejectsWith, seedCouple, seedPractice } from "~/test/factories";

const db = testDatabase();

/** A couple whose first partner (Alex, with an address) was emailed a link that then bounced. */
async function coupleWithBouncedEmail() {
  const p = await seedPractice(db);
  const coupleId = await seedCouple(p, p.therapist.user.id);
  const couple = await p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId });
  const [alex, sam] = couple.partners;
  if (!alex || !sam) throw new Error("seeded couple has two partners");
  await p.therapist.api.partnerLinks.email({ practiceId: p.practiceId, partnerId: alex.id });
  await db
    .update(emailOutbox)
    .set({ status: "failed", attempts: 5, lastError: "550 mailbox unavailable" })
    .where(eq(emailOutbox.subjectId, alex.id));
  return { p, alex, sam, partnerIds: [alex.id, sam.id] };
}

describe("partnerLinks.emailProblems", () => {
  test("the treating therapist sees the partner whose link email failed, and only them", async () => {
    const { p, alex, partnerIds } = await coupleWithBouncedEmail();
    const problems = await p.therapist.api.partnerLinks.emailProblems({
      practiceId: p.practiceId,
      partnerIds,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        partnerId: alex.id,
        to: alex.email,
        status: "failed",
        attempts: 5,
      }),
    ]);
  });

  test("a later email that went through clears the failure", async () => {
    const { p, alex, partnerIds } = await coupleWithBouncedEmail();
    await p.therapist.api.partnerLinks.email({ practiceId: p.practiceId, partnerId: alex.id });
    await db
      .update(emailOutbox)
      .set({ status: "sent", sentAt: new Date() })
      .where(and(eq(emailOutbox.subjectId, alex.id), eq(emailOutbox.status, "pending")));
    const problems = await p.therapist.api.partnerLinks.emailProblems({
      practiceId: p.practiceId,
      partnerIds,
    });
    expect(problems).toEqual([]);
  });

  test("another therapist of the same practice learns nothing about the couple", async () => {
    const { p, sam, partnerIds } = await coupleWithBouncedEmail();
    await p.therapist.api.partnerLinks.issue({ practiceId: p.practiceId, partnerId: sam.id });
    const input = { practiceId: p.practiceId, partnerIds };
    expect(await p.therapist.api.partnerLinks.status(input)).toHaveLength(1);
    expect(await p.otherTherapist.api.partnerLinks.emailProblems(input)).toEqual([]);
    expect(await p.otherTherapist.api.partnerLinks.status(input)).toEqual([]);
  });

  test("outsider: a member of another practice gets NOT_FOUND, or nothing through their own", async () => {
    const { p, partnerIds } = await coupleWithBouncedEmail();
    const outsider = await seedPractice(db);
    await rejectsWith(
      outsider.owner.api.partnerLinks.emailProblems({ practiceId: p.practiceId, partnerIds }),
      "NOT_FOUND",
    );
    const throughOwn = await outsider.owner.api.partnerLinks.emailProblems({
      practiceId: outsider.practiceId,
      partnerIds,
    });
    expect(throughOwn).toEqual([]);
    // The failure is still there for the treating therapist: the outsider's calls changed nothing.
    const stillThere = await p.therapist.api.partnerLinks.emailProblems({
      practiceId: p.practiceId,
      partnerIds,
    });
    expect(stillThere).toHaveLength(1);
  });
});

describe("the couple page while the email provider fails", () => {
  test("a partner's email being retried shows as failing, and clears once it goes through", async () => {
    const p = await seedPractice(db);
    const coupleId = await seedCouple(p, p.therapist.user.id);
    const couple = await p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId });
    const alex = couple.partners[0]!;
    const input = { practiceId: p.practiceId, partnerIds: couple.partners.map((x) => x.id) };
    await p.therapist.api.partnerLinks.email({ practiceId: p.practiceId, partnerId: alex.id });
    const failing: EmailTransport = {
      send: () => Promise.reject(new Error("Resend refused the email: internal_server_error")),
    };
    await deliverDueEmails(db, { practiceId: p.practiceId, transport: failing });
    expect(await p.therapist.api.partnerLinks.emailProblems(input)).toEqual([
      expect.objectContaining({ partnerId: alex.id, status: "retrying", attempts: 1 }),
    ]);

    // The provider is back: the retry (due a minute later) goes through and the warning goes.
    const later = new Date(Date.now() + 2 * 60_000);
    await deliverDueEmails(db, { practiceId: p.practiceId, now: later });
    expect(await p.therapist.api.partnerLinks.emailProblems(input)).toEqual([]);
    expect(await mailTo(db, alex.email!)).toHaveLength(1);
  });
});
