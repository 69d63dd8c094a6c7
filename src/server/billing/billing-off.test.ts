import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { practiceBilling } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedPractice, unique } from "~/test/factories";
import { receiveStripeWebhook } from "./receive-webhook";

const db = testDatabase();

test("with no STRIPE_SECRET_KEY billing is off: nothing is limited and the page says so", async () => {
  expect(process.env.STRIPE_SECRET_KEY).toBeUndefined();
  const p = await seedPractice(db);
  // Even a practice whose trial ended long ago and whose payment failed is not limited.
  await db
    .update(practiceBilling)
    .set({ status: "unpaid", paymentFailedAt: new Date(0), trialEndsAt: new Date(0) })
    .where(eq(practiceBilling.practiceId, p.practiceId));
  expect(await p.owner.api.billing.standing({ practiceId: p.practiceId })).toEqual({ kind: "off" });
  expect(await p.owner.api.billing.summary({ practiceId: p.practiceId })).toMatchObject({
    enabled: false,
    seatsUsed: 4,
  });
  await expect(
    p.admin.api.invitations.invite({
      practiceId: p.practiceId,
      email: `${unique("new")}@example.test`,
      role: "therapist",
    }),
  ).resolves.toBeTruthy();
  const refused = await rejectsWith(
    p.owner.api.billing.checkout({ practiceId: p.practiceId }),
    "BAD_REQUEST",
  );
  expect(refused.message).toMatch(/Billing is off/);
  expect(await receiveStripeWebhook(db, "{}", "t=1,v1=x")).toMatchObject({ status: 400 });
});
