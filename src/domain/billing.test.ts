import { describe, expect, test } from "vitest";
import { billingStanding, defaultTrialEnd, type BillingSnapshot } from "./billing";

const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-15T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * day);
const ahead = (days: number) => new Date(now.getTime() + days * day);

function snapshot(overrides: Partial<BillingSnapshot> = {}): BillingSnapshot {
  return {
    exempt: false,
    status: null,
    seats: 0,
    trialEndsAt: ahead(10),
    currentPeriodEnd: null,
    cancelAtPeriodEnd: false,
    paymentFailedAt: null,
    ...overrides,
  };
}

describe("where a practice stands", () => {
  test("billing off and exempt practices are never limited", () => {
    expect(billingStanding(null, now)).toEqual({ kind: "off" });
    expect(
      billingStanding(snapshot({ exempt: true, status: "unpaid", paymentFailedAt: ago(90) }), now),
    ).toEqual({ kind: "exempt" });
  });

  test("a trial runs 14 days from the practice's creation, then pauses new work unpaid", () => {
    expect(defaultTrialEnd(ago(3))).toEqual(ahead(11));
    expect(billingStanding(snapshot({ trialEndsAt: ahead(1) }), now).kind).toBe("trial");
    expect(billingStanding(snapshot({ trialEndsAt: ago(1) }), now)).toEqual({
      kind: "restricted",
      reason: "trial_ended",
    });
  });

  test("a failed payment gives 14 days of grace, then read-only", () => {
    const failing = snapshot({ status: "past_due", seats: 2 });
    expect(billingStanding({ ...failing, paymentFailedAt: ago(13) }, now)).toEqual({
      kind: "grace",
      graceEndsAt: ahead(1),
    });
    expect(billingStanding({ ...failing, paymentFailedAt: ago(15) }, now)).toEqual({
      kind: "restricted",
      reason: "payment",
    });
  });

  test("a paid subscription is subscribed; a cancelled one has ended", () => {
    expect(billingStanding(snapshot({ status: "active", seats: 3 }), now).kind).toBe("subscribed");
    expect(billingStanding(snapshot({ status: "canceled", trialEndsAt: ago(40) }), now)).toEqual({
      kind: "restricted",
      reason: "ended",
    });
  });
});
