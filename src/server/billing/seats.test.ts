import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { practiceBilling } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith, seedPractice, unique } from "~/test/factories";
import { subscriptionObject } from "../../../scripts/lib/stripe-double";

const double = await vi.hoisted(async () => {
  const { billingOnWithDouble } = await import("~/test/billing-env");
  return billingOnWithDouble();
});
const { TEST_PRICE_ID } = await import("~/test/billing-env");

const db = testDatabase();

/** A practice of four members subscribed to exactly four seats, held by the double. */
async function fullPractice() {
  const p = await seedPractice(db);
  const customer = unique("cus");
  const subscription = subscriptionObject({ customer, price: TEST_PRICE_ID, quantity: 4 });
  double.subscriptions.set(String(subscription.id), subscription);
  await db
    .update(practiceBilling)
    .set({
      stripeCustomerId: customer,
      stripeSubscriptionId: String(subscription.id),
      status: "active",
      seats: 4,
      currentPeriodEnd: new Date(Date.now() + 20 * 24 * 60 * 60 * 1000),
    })
    .where(eq(practiceBilling.practiceId, p.practiceId));
  return { p, subscription };
}

const requestsFor = (path: string) => double.requests.filter((r) => r.path === path);
const invite = (
  api: { invitations: { invite: (i: never) => Promise<unknown> } },
  practiceId: string,
) =>
  api.invitations.invite({
    practiceId,
    email: `${unique("clinician")}@example.test`,
    role: "therapist",
  } as never);

describe("seats", () => {
  test("inviting beyond the paid seats is refused until an owner adds one, prorated", async () => {
    const { p, subscription } = await fullPractice();
    const quote = await p.admin.api.billing.seatQuote({ practiceId: p.practiceId });
    expect(quote).toMatchObject({ needsSeat: true, seatsUsed: 4, seatsPaid: 4 });
    expect(quote.price).toMatchObject({ unitAmount: 4000, currency: "usd", interval: "month" });
    const refused = await rejectsWith(invite(p.admin.api, p.practiceId), "CONFLICT");
    expect(refused.message).toMatch(/Every paid seat is taken/);
    // Admins are told to ask an owner: adding a seat is an owner's.
    await rejectsWith(p.admin.api.billing.addSeat({ practiceId: p.practiceId }), "FORBIDDEN");

    expect(await p.owner.api.billing.addSeat({ practiceId: p.practiceId })).toEqual({ seats: 5 });
    const updates = requestsFor(`/v1/subscriptions/${String(subscription.id)}`).filter(
      (r) => r.method === "POST",
    );
    expect(updates).toHaveLength(1);
    expect(updates[0]!.body).toMatchObject({
      items: { "0": { quantity: "5" } },
      proration_behavior: "create_prorations",
    });
    await expect(invite(p.owner.api, p.practiceId)).resolves.toBeTruthy();
    // The new invitation holds the new seat.
    await rejectsWith(invite(p.owner.api, p.practiceId), "CONFLICT");
    const added = (await auditTrail(db, p.practiceId)).filter(
      (e) => e.action === "billing.seat_added",
    );
    expect(added).toHaveLength(1);
    expect(added[0]!.details).toEqual({ seats: 5 });
  });

  test("removing a member frees the seat at the end of the period, without proration", async () => {
    const { p, subscription } = await fullPractice();
    await p.owner.api.members.remove({
      practiceId: p.practiceId,
      userId: p.otherTherapist.user.id,
    });
    const updates = requestsFor(`/v1/subscriptions/${String(subscription.id)}`).filter(
      (r) => r.method === "POST",
    );
    expect(updates.map((u) => u.body)).toEqual([
      { items: { "0": { id: expect.any(String), quantity: "3" } }, proration_behavior: "none" },
    ]);
    const [row] = await db
      .select()
      .from(practiceBilling)
      .where(eq(practiceBilling.practiceId, p.practiceId));
    expect(row?.seats).toBe(3);
  });

  test("during the trial seats are not limited", async () => {
    const p = await seedPractice(db);
    expect(await p.admin.api.billing.seatQuote({ practiceId: p.practiceId })).toMatchObject({
      needsSeat: false,
      seatsPaid: null,
    });
    await expect(invite(p.admin.api, p.practiceId)).resolves.toBeTruthy();
  });
});

describe("checkout and the billing portal", () => {
  test("an owner subscribes through Checkout: one customer, a seat for each member, URLs from APP_URL", async () => {
    const p = await seedPractice(db);
    const { url } = await p.owner.api.billing.checkout({ practiceId: p.practiceId });
    expect(url).toMatch(new RegExp(`^${double.url}/checkout/cs_`));
    const [customer] = requestsFor("/v1/customers").filter(
      (r) => (r.body.metadata as Record<string, string>).practiceId === p.practiceId,
    );
    expect(customer).toBeDefined();
    const session = requestsFor("/v1/checkout/sessions").find(
      (r) => r.body.client_reference_id === p.practiceId,
    );
    const app = process.env.APP_URL ?? "http://localhost:3000";
    expect(session?.body).toMatchObject({
      mode: "subscription",
      line_items: { "0": { price: TEST_PRICE_ID, quantity: "4" } },
      success_url: `${app}/p/${p.practiceId}/billing?checkout=done`,
      cancel_url: `${app}/p/${p.practiceId}/billing`,
      // Subscribing during the trial keeps the rest of it.
      subscription_data: { trial_end: expect.any(String) },
    });
    // A second try reuses the same customer.
    await p.owner.api.billing.checkout({ practiceId: p.practiceId });
    const [row] = await db
      .select()
      .from(practiceBilling)
      .where(eq(practiceBilling.practiceId, p.practiceId));
    expect(row?.stripeCustomerId).toMatch(/^cus_/);
    const sessions = requestsFor("/v1/checkout/sessions").filter(
      (r) => r.body.client_reference_id === p.practiceId,
    );
    expect(sessions.map((s) => s.body.customer)).toEqual([
      row?.stripeCustomerId,
      row?.stripeCustomerId,
    ]);
    const started = (await auditTrail(db, p.practiceId)).filter(
      (e) => e.action === "billing.checkout_started",
    );
    expect(started).toHaveLength(2);

    const portal = await p.owner.api.billing.portal({ practiceId: p.practiceId });
    expect(portal.url).toMatch(new RegExp(`^${double.url}/portal/`));
    const [portalRequest] = requestsFor("/v1/billing_portal/sessions").filter(
      (r) => r.body.customer === row?.stripeCustomerId,
    );
    expect(portalRequest?.body.return_url).toBe(`${app}/p/${p.practiceId}/billing`);
  });

  test("admins see billing read-only; therapists not at all", async () => {
    const { p } = await fullPractice();
    const summary = await p.admin.api.billing.summary({ practiceId: p.practiceId });
    expect(summary).toMatchObject({
      enabled: true,
      canManage: false,
      seatsUsed: 4,
      seatsPaid: 4,
      nextInvoice: { amount: 16000, currency: "usd" },
    });
    await rejectsWith(p.admin.api.billing.checkout({ practiceId: p.practiceId }), "FORBIDDEN");
    await rejectsWith(p.admin.api.billing.portal({ practiceId: p.practiceId }), "FORBIDDEN");
    await rejectsWith(p.therapist.api.billing.summary({ practiceId: p.practiceId }), "FORBIDDEN");
    // Already subscribed: Checkout again would make a second subscription.
    await rejectsWith(p.owner.api.billing.checkout({ practiceId: p.practiceId }), "CONFLICT");
  });
});
