import "server-only";
import { eq, sql } from "drizzle-orm";
import { hasLiveSubscription } from "~/domain/billing";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { practiceBilling, practices } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { logSafeError } from "~/server/log-safe-error";
import type { PracticeScope } from "~/server/practices/scope";
import { appUrl } from "~/server/urls/app-url";
import { loadBilling, seatsInUse } from "./billing-state";
import { billingEnabled } from "./billing-switch";
import { stripeClient, stripePriceId } from "./stripe-client";

const HOUR_MS = 60 * 60 * 1000;

function assertOwnerWithBilling(scope: PracticeScope) {
  if (!billingEnabled()) {
    throw new DomainError("BAD_REQUEST", "Billing is off on this server: nothing is limited.");
  }
  if (scope.role !== "owner") {
    throw new DomainError("FORBIDDEN", "Only an owner can change the practice's subscription.");
  }
}

function billingPage(practiceId: string, query = ""): string {
  return appUrl(`/p/${practiceId}/billing${query}`).toString();
}

/** One Stripe customer per practice, made once (Stripe's idempotency key covers a double click). */
async function ensureCustomer(db: Database, practiceId: string): Promise<string> {
  const billing = await loadBilling(db, practiceId);
  if (billing.stripeCustomerId) return billing.stripeCustomerId;
  const [practice] = await db
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, practiceId));
  const customer = await stripeClient().customers.create(
    { name: practice?.name, metadata: { practiceId } },
    { idempotencyKey: `attune-customer-${practiceId}` },
  );
  await db
    .insert(practiceBilling)
    .values({ practiceId, trialEndsAt: billing.trialEndsAt, stripeCustomerId: customer.id })
    .onConflictDoUpdate({
      target: practiceBilling.practiceId,
      set: { stripeCustomerId: customer.id, updatedAt: new Date() },
    });
  return customer.id;
}

/** A Stripe Checkout page for a monthly subscription, one seat per seat in use. */
export async function startCheckout(db: Database, scope: PracticeScope) {
  assertOwnerWithBilling(scope);
  const billing = await loadBilling(db, scope.practiceId);
  if (hasLiveSubscription(billing)) {
    throw new DomainError(
      "CONFLICT",
      "The practice already has a subscription: manage it in the billing portal.",
    );
  }
  const customer = await ensureCustomer(db, scope.practiceId);
  const quantity = Math.max(1, await seatsInUse(db, scope.practiceId));
  // Subscribing during the trial keeps the rest of it: the first charge is when it ends.
  // Stripe needs a trial end at least two days ahead.
  const keepTrial = billing.trialEndsAt.getTime() - Date.now() > 48 * HOUR_MS;
  const session = await stripeClient().checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: scope.practiceId,
    line_items: [{ price: stripePriceId(), quantity }],
    success_url: billingPage(scope.practiceId, "?checkout=done"),
    cancel_url: billingPage(scope.practiceId),
    metadata: { practiceId: scope.practiceId },
    subscription_data: {
      metadata: { practiceId: scope.practiceId },
      ...(keepTrial ? { trial_end: Math.floor(billing.trialEndsAt.getTime() / 1000) } : {}),
    },
  });
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  await recordAudit(
    db,
    scope,
    "billing.checkout_started",
    { type: "practice", id: scope.practiceId },
    { seats: quantity },
  );
  return { url: session.url };
}

/** The Stripe Billing Portal: card, invoices, cancellation. */
export async function openBillingPortal(db: Database, scope: PracticeScope) {
  assertOwnerWithBilling(scope);
  const billing = await loadBilling(db, scope.practiceId);
  if (!billing.stripeCustomerId) {
    throw new DomainError("CONFLICT", "Subscribe first: the billing portal opens after that.");
  }
  const session = await stripeClient().billingPortal.sessions.create({
    customer: billing.stripeCustomerId,
    return_url: billingPage(scope.practiceId),
  });
  await recordAudit(db, scope, "billing.portal_opened", { type: "practice", id: scope.practiceId });
  return { url: session.url };
}

async function liveSubscriptionItem(subscriptionId: string) {
  const subscription = await stripeClient().subscriptions.retrieve(subscriptionId);
  const item = subscription.items.data[0];
  if (!item) throw new Error("the practice's subscription has no items");
  return item;
}

/** One more paid seat now, prorated for the rest of the period. */
export async function addSeat(db: Database, scope: PracticeScope) {
  assertOwnerWithBilling(scope);
  const billing = await loadBilling(db, scope.practiceId);
  if (!hasLiveSubscription(billing) || !billing.stripeSubscriptionId) {
    throw new DomainError("CONFLICT", "Subscribe first: seats are not limited during the trial.");
  }
  const item = await liveSubscriptionItem(billing.stripeSubscriptionId);
  const seats = (item.quantity ?? 0) + 1;
  await stripeClient().subscriptions.update(
    billing.stripeSubscriptionId,
    { items: [{ id: item.id, quantity: seats }], proration_behavior: "create_prorations" },
    // Two clicks meant to go from 2 to 3 seats make one change, not two.
    { idempotencyKey: `attune-seats-${billing.stripeSubscriptionId}-${seats}` },
  );
  await db.transaction(async (tx) => {
    // Stripe's webhook confirms it; until then the seat is usable at once.
    await raiseSeats(tx, scope.practiceId, seats);
    await recordAudit(
      tx,
      scope,
      "billing.seat_added",
      { type: "practice", id: scope.practiceId },
      {
        seats,
      },
    );
  });
  return { seats };
}

async function raiseSeats(tx: Executor, practiceId: string, seats: number) {
  await tx
    .update(practiceBilling)
    .set({ seats: sql`greatest(${practiceBilling.seats}, ${seats})`, updatedAt: new Date() })
    .where(eq(practiceBilling.practiceId, practiceId));
}

/**
 * After a member leaves: one seat fewer from the next period, with no proration (the current
 * period stays paid). Stripe failing here does not undo the removal; the owner can lower the
 * seats in the billing portal.
 */
export async function releaseSeat(db: Database, scope: PracticeScope) {
  if (!billingEnabled()) return;
  try {
    const billing = await loadBilling(db, scope.practiceId);
    if (billing.exempt || !hasLiveSubscription(billing) || !billing.stripeSubscriptionId) return;
    const inUse = await seatsInUse(db, scope.practiceId);
    const seats = Math.max(1, inUse, billing.seats - 1);
    if (seats >= billing.seats) return;
    const item = await liveSubscriptionItem(billing.stripeSubscriptionId);
    await stripeClient().subscriptions.update(billing.stripeSubscriptionId, {
      items: [{ id: item.id, quantity: seats }],
      proration_behavior: "none",
    });
    await db.transaction(async (tx) => {
      await tx
        .update(practiceBilling)
        .set({ seats, updatedAt: new Date() })
        .where(eq(practiceBilling.practiceId, scope.practiceId));
      await recordAudit(
        tx,
        scope,
        "billing.seat_released",
        { type: "practice", id: scope.practiceId },
        { seats },
      );
    });
  } catch (error) {
    console.error(`[billing] could not free a seat: ${logSafeError(error)}`);
  }
}
