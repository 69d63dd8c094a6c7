import { afterAll } from "vitest";
import { startStripeDouble } from "../../scripts/lib/stripe-double";

export const TEST_PRICE_ID = "price_test_seat";
export const TEST_WEBHOOK_SECRET = "whsec_test_attune";
const variables = [
  "STRIPE_SECRET_KEY",
  "STRIPE_WEBHOOK_SECRET",
  "STRIPE_PRICE_ID",
  "STRIPE_API_BASE",
];

/**
 * Billing on for one test file: a Stripe double on a free port and the env pointing the real SDK
 * at it. Call it from `vi.hoisted`, before the app's modules read the env; the env is put back
 * after the file, so the next file in this worker runs with billing off.
 */
export async function billingOnWithDouble() {
  const double = await startStripeDouble({ prices: { [TEST_PRICE_ID]: { unitAmount: 4000 } } });
  process.env.STRIPE_SECRET_KEY = "sk_test_attune";
  process.env.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  process.env.STRIPE_PRICE_ID = TEST_PRICE_ID;
  process.env.STRIPE_API_BASE = double.url;
  afterAll(async () => {
    for (const name of variables) delete process.env[name];
    await double.close();
  });
  return double;
}
