import { getDb } from "~/server/db";
import { receiveStripeWebhook } from "~/server/billing/receive-webhook";
import { requestWithinLimit } from "~/server/http/request-limits";

/** Stripe's events are small; anything much larger is not from Stripe. */
const MAX_BYTES = 512 * 1024;

export async function POST(request: Request) {
  const limited = await requestWithinLimit(request, MAX_BYTES);
  if (!limited) return Response.json({ received: false }, { status: 413 });
  // The raw text, exactly as sent: the signature covers these bytes.
  const raw = await limited.text();
  const { status, body } = await receiveStripeWebhook(
    getDb(),
    raw,
    limited.headers.get("stripe-signature"),
  );
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
