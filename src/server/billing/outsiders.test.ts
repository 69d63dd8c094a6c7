import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { auditEvents, practiceBilling } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedPractice } from "~/test/factories";

const double = await vi.hoisted(async () => {
  const { billingOnWithDouble } = await import("~/test/billing-env");
  return billingOnWithDouble();
});

const db = testDatabase();

describe("billing procedures answer NOT_FOUND to another practice and change nothing", () => {
  test("for every procedure, as the other practice's owner", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const snapshot = async () => ({
      billing: await db
        .select()
        .from(practiceBilling)
        .where(eq(practiceBilling.practiceId, a.practiceId)),
      audit: await db.select().from(auditEvents).where(eq(auditEvents.practiceId, a.practiceId)),
    });
    const before = await snapshot();
    const requestsBefore = double.requests.length;
    const outsider = b.owner.api.billing;
    const practiceId = a.practiceId;
    const attempts = [
      () => outsider.standing({ practiceId }),
      () => outsider.summary({ practiceId }),
      () => outsider.seatQuote({ practiceId }),
      () => outsider.checkout({ practiceId }),
      () => outsider.portal({ practiceId }),
      () => outsider.addSeat({ practiceId }),
    ];
    for (const attempt of attempts) await rejectsWith(attempt(), "NOT_FOUND");
    expect(await snapshot()).toEqual(before);
    // Nothing reached Stripe on A's behalf.
    expect(double.requests.length).toBe(requestsBefore);
  });
});
