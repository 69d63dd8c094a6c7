import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { emailOutbox, practices, rateLimits } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { mailTo, rejectsWith, seedPractice, unique } from "~/test/factories";
import { seedCoupleWithPartners } from "~/test/homework-factories";
import { EMAIL_LIMITS, takeSignInAllowance } from "./email-allowance";

const db = testDatabase();

describe("sign-in emails", () => {
  test("are limited per address, whoever asks, and per client IP, whatever the address", async () => {
    const email = `${unique("signin")}@example.test`;
    const answers = [];
    for (let i = 0; i < 7; i++)
      answers.push(await takeSignInAllowance(db, { email, ip: unique("ip") }));
    expect(answers.filter(Boolean)).toHaveLength(EMAIL_LIMITS.signIn.perAddress.limit);

    const ip = unique("ip");
    const fromOneIp = [];
    for (let i = 0; i < EMAIL_LIMITS.signIn.perIp.limit + 2; i++)
      fromOneIp.push(await takeSignInAllowance(db, { email: `${unique("a")}@example.test`, ip }));
    expect(fromOneIp.filter(Boolean)).toHaveLength(EMAIL_LIMITS.signIn.perIp.limit);
  });
});

describe("email a practice sends", () => {
  test("invitations to one address stop after the daily limit, with a clear message", async () => {
    const p = await seedPractice(db);
    const email = `${unique("invitee")}@example.test`;
    for (let i = 0; i < EMAIL_LIMITS.invitation.perAddress.limit; i++)
      await p.owner.api.invitations.invite({ practiceId: p.practiceId, email, role: "therapist" });
    const error = await rejectsWith(
      p.owner.api.invitations.invite({ practiceId: p.practiceId, email, role: "therapist" }),
      "TOO_MANY_REQUESTS",
    );
    expect(error.message).toMatch(/Try again tomorrow/);
    expect(await mailTo(db, email)).toHaveLength(EMAIL_LIMITS.invitation.perAddress.limit);
  });

  test("a new practice stops at its daily cap; a verified one does not", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const input = { practiceId: p.practiceId, partnerId: a.id };
    // As if the practice had already sent its day's allowance.
    const windowStart = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);
    await db.insert(rateLimits).values({
      key: `practice-email:${p.practiceId}`,
      windowStart,
      count: EMAIL_LIMITS.unverifiedPractice.limit,
    });
    await rejectsWith(p.therapist.api.partnerLinks.email(input), "TOO_MANY_REQUESTS");
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, a.id))).toEqual([]);

    await db
      .update(practices)
      .set({ verifiedAt: new Date() })
      .where(eq(practices.id, p.practiceId));
    await p.therapist.api.partnerLinks.email(input);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, a.id))).toHaveLength(
      1,
    );
  });
});
