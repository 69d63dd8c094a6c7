import "server-only";
import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { defaultTrialEnd } from "~/domain/billing";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { practiceBilling, practices, stripeEvents, stripeInvoices } from "~/server/db/schema";
import { stripeClient } from "./stripe-client";

type Subscription = Stripe.Subscription;
type Invoice = Stripe.Invoice;

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

/**
 * The practice an event is about, by its Stripe customer only. Attune links the customer to the
 * practice before it opens Checkout, so a reference or metadata that names a practice is never
 * trusted on its own: anyone can set `client_reference_id` on a Payment Link of the same account.
 */
async function findPractice(
  db: Executor,
  customerId: string | null,
): Promise<{ id: string; createdAt: Date } | null> {
  if (!customerId) return null;
  const [row] = await db
    .select({ id: practices.id, createdAt: practices.createdAt })
    .from(practices)
    .innerJoin(practiceBilling, eq(practiceBilling.practiceId, practices.id))
    .where(eq(practiceBilling.stripeCustomerId, customerId))
    .limit(1);
  return row ?? null;
}

const toDate = (seconds: number | null | undefined) =>
  seconds === null || seconds === undefined ? null : new Date(seconds * 1000);

/**
 * Store a subscription's state unless a newer one is already stored: `at` is the Stripe time of
 * the event that carried it, and the row's `state_at` the time of the state it holds.
 */
async function applySubscription(
  tx: Executor,
  practice: { id: string; createdAt: Date },
  subscription: Subscription,
  at: Date,
): Promise<boolean> {
  const item = subscription.items.data[0];
  const failing = subscription.status === "past_due" || subscription.status === "unpaid";
  const healthy = subscription.status === "active" || subscription.status === "trialing";
  const state = {
    stripeCustomerId: idOf(subscription.customer),
    stripeSubscriptionId: subscription.id,
    status: subscription.status,
    seats: item?.quantity ?? 0,
    trialEndsAt: toDate(subscription.trial_end) ?? defaultTrialEnd(practice.createdAt),
    currentPeriodEnd: toDate(item?.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    paymentFailedAt: failing ? at : null,
    stateAt: at,
    updatedAt: new Date(),
  };
  const updated = await tx
    .insert(practiceBilling)
    .values({ practiceId: practice.id, ...state })
    .onConflictDoUpdate({
      target: practiceBilling.practiceId,
      set: {
        ...state,
        // A trial end Stripe does not carry (no trial) keeps the practice's own.
        trialEndsAt: subscription.trial_end ? state.trialEndsAt : practiceBilling.trialEndsAt,
        // The grace period runs from the first failure, not the latest retry.
        paymentFailedAt: healthy
          ? null
          : failing
            ? sql`coalesce(${practiceBilling.paymentFailedAt}, ${at.toISOString()}::timestamptz)`
            : practiceBilling.paymentFailedAt,
      },
      setWhere: sql`${practiceBilling.stateAt} is null or ${practiceBilling.stateAt} <= ${at.toISOString()}::timestamptz`,
    })
    .returning({ id: practiceBilling.practiceId });
  return updated.length > 0;
}

/** Keep the invoice for the billing page; a failed or paid one also moves the grace period. */
async function applyInvoice(
  tx: Executor,
  practice: { id: string; createdAt: Date },
  event: Stripe.Event,
  invoice: Invoice,
  at: Date,
): Promise<boolean> {
  const row = {
    practiceId: practice.id,
    number: invoice.number,
    status: invoice.status ?? "draft",
    amountDue: invoice.amount_due,
    amountPaid: invoice.amount_paid,
    currency: invoice.currency,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    issuedAt: toDate(invoice.created) ?? at,
    updatedAt: at,
  };
  await tx
    .insert(stripeInvoices)
    .values({ id: invoice.id ?? event.id, ...row })
    .onConflictDoUpdate({
      target: [stripeInvoices.id, stripeInvoices.practiceId],
      set: row,
      setWhere: sql`${stripeInvoices.updatedAt} <= ${at.toISOString()}::timestamptz`,
    });
  const failed = event.type === "invoice.payment_failed";
  const paid = event.type === "invoice.paid" || event.type === "invoice.payment_succeeded";
  if (!failed && !paid) return true;
  const changed = await tx
    .insert(practiceBilling)
    .values({
      practiceId: practice.id,
      trialEndsAt: defaultTrialEnd(practice.createdAt),
      stripeCustomerId: idOf(invoice.customer),
      paymentFailedAt: failed ? at : null,
      stateAt: at,
    })
    .onConflictDoUpdate({
      target: practiceBilling.practiceId,
      set: {
        paymentFailedAt: failed
          ? sql`coalesce(${practiceBilling.paymentFailedAt}, ${at.toISOString()}::timestamptz)`
          : null,
        stateAt: at,
        updatedAt: new Date(),
      },
      setWhere: sql`${practiceBilling.stateAt} is null or ${practiceBilling.stateAt} <= ${at.toISOString()}::timestamptz`,
    })
    .returning({ id: practiceBilling.practiceId });
  return changed.length > 0;
}

/** What the event says about which practice and which subscription, before the transaction. */
async function prepare(db: Database, event: Stripe.Event) {
  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    const practice = await findPractice(db, idOf(session.customer));
    const subscriptionId = idOf(session.subscription);
    // The session names the subscription; its state comes from Stripe itself.
    const subscription =
      practice && subscriptionId
        ? await stripeClient().subscriptions.retrieve(subscriptionId)
        : null;
    return { practice, subscription, invoice: null };
  }
  if (event.type.startsWith("customer.subscription.")) {
    const subscription = event.data.object as Subscription;
    const practice = await findPractice(db, idOf(subscription.customer));
    return { practice, subscription, invoice: null };
  }
  if (event.type.startsWith("invoice.")) {
    const invoice = event.data.object as Invoice;
    const practice = await findPractice(db, idOf(invoice.customer));
    return { practice, subscription: null, invoice };
  }
  return { practice: null, subscription: null, invoice: null };
}

export type WebhookOutcome = "applied" | "stale" | "duplicate" | "ignored";

/**
 * One verified Stripe event, handled once: its id is stored in the same transaction as what it
 * changed, so a replay finds it and changes nothing. An event older than the stored state is
 * stored and otherwise ignored.
 */
export async function handleStripeEvent(
  db: Database,
  event: Stripe.Event,
): Promise<WebhookOutcome> {
  const { practice, subscription, invoice } = await prepare(db, event);
  const at = new Date(event.created * 1000);
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, practiceId: practice?.id ?? null })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (!stored) return "duplicate";
    if (!practice) return "ignored";
    let changed = false;
    if (subscription) {
      if (event.type === "checkout.session.completed") {
        // Link the customer first: later events find the practice by it.
        await linkCustomer(tx, practice, idOf(subscription.customer));
      }
      changed = await applySubscription(tx, practice, subscription, at);
    } else if (invoice) {
      changed = await applyInvoice(tx, practice, event, invoice, at);
    } else {
      return "ignored";
    }
    if (!changed) return "stale";
    await recordAudit(
      tx,
      actorWithoutAccount(practice.id),
      "billing.subscription_synced",
      { type: "practice", id: practice.id },
      { event: event.type, eventId: event.id },
    );
    return "applied";
  });
}

async function linkCustomer(
  tx: Executor,
  practice: { id: string; createdAt: Date },
  customerId: string | null,
) {
  if (!customerId) return;
  await tx
    .insert(practiceBilling)
    .values({
      practiceId: practice.id,
      trialEndsAt: defaultTrialEnd(practice.createdAt),
      stripeCustomerId: customerId,
    })
    .onConflictDoUpdate({
      target: practiceBilling.practiceId,
      set: { stripeCustomerId: customerId },
      setWhere: sql`${practiceBilling.stripeCustomerId} is null`,
    });
}
