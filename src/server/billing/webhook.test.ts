import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { practiceBilling, stripeEvents, stripeInvoices } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { auditTrail, seedPractice } from "~/test/factories";
import { signedStripeEvent, subscriptionObject } from "../../../scripts/lib/stripe-double";
import { receiveStripeWebhook } from "./receive-webhook";

const double = await vi.hoisted(async () => {
  const { billingOnWithDouble } = await import("~/test/billing-env");
  return billingOnWithDouble();
});
const { TEST_PRICE_ID, TEST_WEBHOOK_SECRET } = await import("~/test/billing-env");

const db = testDatabase();
const base = Math.floor(Date.now() / 1000);

async function billingRow(practiceId: string) {
  const [row] = await db
    .select()
    .from(practiceBilling)
    .where(eq(practiceBilling.practiceId, practiceId));
  return row;
}

function send(type: string, object: Record<string, unknown>, created: number, id?: string) {
  const event = signedStripeEvent(TEST_WEBHOOK_SECRET, type, object, { created, id });
  return receiveStripeWebhook(db, event.payload, event.signature).then((answer) => ({
    ...answer,
    id: event.id,
  }));
}

async function linkCustomer(practiceId: string, customer: string) {
  await db
    .insert(practiceBilling)
    .values({
      practiceId,
      trialEndsAt: new Date(Date.now() + 14 * 86_400_000),
      stripeCustomerId: customer,
    })
    .onConflictDoUpdate({
      target: practiceBilling.practiceId,
      set: { stripeCustomerId: customer },
    });
}

/** A practice that subscribed through Checkout: the double holds its subscription. */
async function subscribedPractice(quantity = 4) {
  const p = await seedPractice(db);
  const customer = `cus_${p.practiceId.slice(0, 8)}`;
  const subscription = subscriptionObject({
    customer,
    price: TEST_PRICE_ID,
    quantity,
    metadata: { practiceId: p.practiceId },
  });
  double.subscriptions.set(String(subscription.id), subscription);
  // As Attune does before it opens Checkout: the practice's Stripe customer is linked first.
  await linkCustomer(p.practiceId, customer);
  const completed = await send(
    "checkout.session.completed",
    {
      id: `cs_${p.practiceId.slice(0, 8)}`,
      object: "checkout.session",
      customer,
      subscription: subscription.id,
      client_reference_id: p.practiceId,
    },
    base,
  );
  return { p, customer, subscription, completed };
}

describe("the Stripe webhook", () => {
  test("a checkout that only names a practice (a Payment Link's reference) is not attached to it", async () => {
    const p = await seedPractice(db);
    const subscription = subscriptionObject({
      customer: "cus_stranger",
      price: TEST_PRICE_ID,
      quantity: 1,
      metadata: { practiceId: p.practiceId },
    });
    double.subscriptions.set(String(subscription.id), subscription);
    const before = await billingRow(p.practiceId);
    const answer = await send(
      "checkout.session.completed",
      {
        id: "cs_stranger",
        object: "checkout.session",
        customer: "cus_stranger",
        subscription: subscription.id,
        client_reference_id: p.practiceId,
      },
      base,
    );
    expect(answer).toMatchObject({ status: 200, body: { outcome: "ignored" } });
    expect(await billingRow(p.practiceId)).toEqual(before);
  });

  test("a completed checkout links the customer and syncs the subscription Stripe holds", async () => {
    const { p, customer, subscription, completed } = await subscribedPractice(4);
    expect(completed).toMatchObject({ status: 200, body: { outcome: "applied" } });
    expect(await billingRow(p.practiceId)).toMatchObject({
      stripeCustomerId: customer,
      stripeSubscriptionId: subscription.id,
      status: "active",
      seats: 4,
      cancelAtPeriodEnd: false,
    });
    const retrieved = double.requests.filter(
      (r) => r.method === "GET" && r.path === `/v1/subscriptions/${String(subscription.id)}`,
    );
    expect(retrieved).toHaveLength(1);
    const synced = (await auditTrail(db, p.practiceId)).filter(
      (e) => e.action === "billing.subscription_synced",
    );
    expect(synced).toHaveLength(1);
  });

  test("a replayed event is stored once and changes nothing the second time", async () => {
    const { p, subscription } = await subscribedPractice(4);
    const cancelled = { ...subscription, cancel_at_period_end: true };
    const first = await send("customer.subscription.updated", cancelled, base + 10, undefined);
    expect(first.body.outcome).toBe("applied");
    // Stripe changes its mind later; the old event is then replayed.
    await send("customer.subscription.updated", { ...subscription }, base + 20);
    const before = await billingRow(p.practiceId);
    const again = await send("customer.subscription.updated", cancelled, base + 10, first.id);
    expect(again).toMatchObject({ status: 200, body: { outcome: "duplicate" } });
    expect(await billingRow(p.practiceId)).toEqual(before);
    expect(before?.cancelAtPeriodEnd).toBe(false);
    const stored = await db.select().from(stripeEvents).where(eq(stripeEvents.id, first.id));
    expect(stored).toHaveLength(1);
  });

  test("an older event arriving late never moves the state backwards", async () => {
    const { p, subscription } = await subscribedPractice(3);
    const newer = await send(
      "customer.subscription.updated",
      { ...subscription, status: "past_due" },
      base + 100,
    );
    expect(newer.body.outcome).toBe("applied");
    const older = await send(
      "customer.subscription.updated",
      subscriptionObject({
        id: String(subscription.id),
        customer: String(subscription.customer),
        price: TEST_PRICE_ID,
        quantity: 9,
        status: "active",
      }),
      base + 50,
    );
    expect(older).toMatchObject({ status: 200, body: { outcome: "stale" } });
    const row = await billingRow(p.practiceId);
    expect(row).toMatchObject({ status: "past_due", seats: 3 });
    expect(row?.paymentFailedAt).toEqual(new Date((base + 100) * 1000));
    // An older failed payment after a newer paid one does not start a grace period either.
    await send("invoice.paid", invoice(subscription, "paid"), base + 200);
    await send("invoice.payment_failed", invoice(subscription, "open"), base + 150);
    expect((await billingRow(p.practiceId))?.paymentFailedAt).toBeNull();
  });

  test("a failed payment starts the grace period; the invoice is kept for the billing page", async () => {
    const { p, subscription } = await subscribedPractice(2);
    const failed = invoice(subscription, "open");
    await send("invoice.payment_failed", failed, base + 30);
    expect((await billingRow(p.practiceId))?.paymentFailedAt).toEqual(new Date((base + 30) * 1000));
    // A retry failing later keeps the first failure's date: grace is not extended.
    await send("invoice.payment_failed", failed, base + 40);
    expect((await billingRow(p.practiceId))?.paymentFailedAt).toEqual(new Date((base + 30) * 1000));
    const [stored] = await db
      .select()
      .from(stripeInvoices)
      .where(eq(stripeInvoices.id, String(failed.id)));
    expect(stored).toMatchObject({
      practiceId: p.practiceId,
      status: "open",
      amountDue: 8000,
      hostedInvoiceUrl: "https://invoice.stripe.test/i/1",
    });
  });

  test("forged and unsigned requests get 400 and change nothing", async () => {
    const { p, subscription } = await subscribedPractice(2);
    const before = await billingRow(p.practiceId);
    const forged = signedStripeEvent(
      "whsec_not_the_secret",
      "customer.subscription.deleted",
      { ...subscription, status: "canceled" },
      { created: base + 500 },
    );
    expect(await receiveStripeWebhook(db, forged.payload, forged.signature)).toMatchObject({
      status: 400,
    });
    expect(await receiveStripeWebhook(db, forged.payload, null)).toMatchObject({ status: 400 });
    // A genuine signature over other bytes: the body was changed on the way.
    const genuine = signedStripeEvent(TEST_WEBHOOK_SECRET, "customer.subscription.deleted", {
      ...subscription,
      status: "canceled",
    });
    const tampered = genuine.payload.replace('"canceled"', '"active"');
    expect(await receiveStripeWebhook(db, tampered, genuine.signature)).toMatchObject({
      status: 400,
    });
    expect(await billingRow(p.practiceId)).toEqual(before);
    const stored = await db.select().from(stripeEvents).where(eq(stripeEvents.id, forged.id));
    expect(stored).toHaveLength(0);
  });

  test("an unknown event is answered 200, stored, and otherwise ignored", async () => {
    const { p } = await subscribedPractice(2);
    const before = await billingRow(p.practiceId);
    const answer = await send("customer.tax_id.created", { id: "txi_1", object: "tax_id" }, base);
    expect(answer).toMatchObject({ status: 200, body: { outcome: "ignored" } });
    const [stored] = await db.select().from(stripeEvents).where(eq(stripeEvents.id, answer.id));
    expect(stored?.type).toBe("customer.tax_id.created");
    expect(await billingRow(p.practiceId)).toEqual(before);
  });
});

function invoice(subscription: Record<string, unknown>, status: string) {
  return {
    id: `in_${String(subscription.id).slice(4, 14)}`,
    object: "invoice",
    customer: subscription.customer,
    number: "ATT-0001",
    status,
    amount_due: 8000,
    amount_paid: status === "paid" ? 8000 : 0,
    currency: "usd",
    hosted_invoice_url: "https://invoice.stripe.test/i/1",
    created: base,
  };
}
