import "server-only";
import type Stripe from "stripe";
import { env } from "~/env";
import type { Database } from "~/server/db/client";
import { logSafeError } from "~/server/log-safe-error";
import { stripeClient } from "./stripe-client";
import { handleStripeEvent } from "./webhook";

export interface WebhookAnswer {
  status: number;
  body: { received: boolean; outcome?: string; error?: string };
}

/**
 * A request to /api/stripe/webhook: the signature is checked on the raw body with
 * STRIPE_WEBHOOK_SECRET before anything is read from it; a forged or unsigned one changes nothing.
 */
export async function receiveStripeWebhook(
  db: Database,
  rawBody: string,
  signature: string | null,
): Promise<WebhookAnswer> {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) {
    return { status: 400, body: { received: false, error: "Billing is off on this server." } };
  }
  if (!signature) {
    return { status: 400, body: { received: false, error: "Missing Stripe-Signature." } };
  }
  let event: Stripe.Event;
  try {
    event = stripeClient().webhooks.constructEvent(rawBody, signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return { status: 400, body: { received: false, error: "The signature does not match." } };
  }
  try {
    const outcome = await handleStripeEvent(db, event);
    return { status: 200, body: { received: true, outcome } };
  } catch (error) {
    // Stripe retries a 500 later; the event id was not stored, so the retry is handled afresh.
    console.error(`[billing] webhook ${event.type} failed: ${logSafeError(error)}`);
    return { status: 500, body: { received: false, error: "Could not handle the event." } };
  }
}
