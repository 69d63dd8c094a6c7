import { env } from "~/env";

/**
 * Billing is on only where a Stripe secret key is configured (not when self-hosting, nor the demo).
 * Apart from the Stripe client so that the rules that read it (billing-state) load anywhere the
 * database code does, the test seeds included.
 */
export function billingEnabled(): boolean {
  return Boolean(env.STRIPE_SECRET_KEY);
}
