import "server-only";
import Stripe from "stripe";
import { env } from "~/env";

let client: Stripe | null = null;

/**
 * The real Stripe SDK, the one transport to Stripe. STRIPE_API_BASE (tests only) points it at
 * another address over the SDK's own host/port/protocol options; unset, it talks to Stripe.
 */
export function stripeClient(): Stripe {
  if (!env.STRIPE_SECRET_KEY) throw new Error("billing is off: STRIPE_SECRET_KEY is not set");
  if (client) return client;
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  client = new Stripe(env.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === "https:" ? 443 : 80),
          protocol: base.protocol === "http:" ? ("http" as const) : ("https" as const),
        }
      : {}),
  });
  return client;
}

export function stripePriceId(): string {
  if (!env.STRIPE_PRICE_ID) throw new Error("billing is on but STRIPE_PRICE_ID is not set");
  return env.STRIPE_PRICE_ID;
}
