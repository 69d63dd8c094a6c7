import "server-only";
import { stripeClient, stripePriceId } from "./stripe-client";

export interface SeatPrice {
  /** Per seat, in the currency's smallest unit. */
  unitAmount: number;
  currency: string;
  interval: string;
}

let cached: { price: SeatPrice; until: number } | null = null;
const TEN_MINUTES = 10 * 60 * 1000;

/** The configured STRIPE_PRICE_ID as Stripe describes it; kept for ten minutes. */
export async function seatPrice(): Promise<SeatPrice> {
  if (cached && cached.until > Date.now()) return cached.price;
  const price = await stripeClient().prices.retrieve(stripePriceId());
  const result = {
    unitAmount: price.unit_amount ?? 0,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
  };
  cached = { price: result, until: Date.now() + TEN_MINUTES };
  return result;
}
