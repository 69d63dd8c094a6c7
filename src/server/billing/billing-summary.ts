import "server-only";
import { desc, eq } from "drizzle-orm";
import { billingStanding, hasLiveSubscription, type BillingStanding } from "~/domain/billing";
import type { Executor } from "~/server/db/client";
import { stripeInvoices } from "~/server/db/schema";
import type { PracticeScope } from "~/server/practices/scope";
import { loadBilling, seatsInUse } from "./billing-state";
import { seatPrice, type SeatPrice } from "./price";
import { billingEnabled } from "./billing-switch";

export interface BillingSummary {
  enabled: boolean;
  standing: BillingStanding;
  /** Owners change the subscription; admins see it. */
  canManage: boolean;
  seatsUsed: number;
  /** Seats paid for; null while there is no subscription (seats are then not limited). */
  seatsPaid: number | null;
  price: SeatPrice | null;
  trialEndsAt: Date | null;
  nextInvoice: { date: Date; amount: number; currency: string } | null;
  cancelAtPeriodEnd: boolean;
  hasCustomer: boolean;
  hasSubscription: boolean;
  invoices: {
    id: string;
    number: string | null;
    status: string;
    amount: number;
    currency: string;
    url: string | null;
    issuedAt: Date;
  }[];
}

const OFF: Omit<BillingSummary, "canManage" | "seatsUsed"> = {
  enabled: false,
  standing: { kind: "off" },
  seatsPaid: null,
  price: null,
  trialEndsAt: null,
  nextInvoice: null,
  cancelAtPeriodEnd: false,
  hasCustomer: false,
  hasSubscription: false,
  invoices: [],
};

/** The billing page: plan, seats used and paid, the next charge, recent invoices. */
export async function billingSummary(db: Executor, scope: PracticeScope): Promise<BillingSummary> {
  const canManage = scope.role === "owner";
  const seatsUsed = await seatsInUse(db, scope.practiceId);
  if (!billingEnabled()) return { ...OFF, canManage, seatsUsed };
  const billing = await loadBilling(db, scope.practiceId);
  const standing = billingStanding(billing);
  const live = hasLiveSubscription(billing);
  const price = billing.exempt ? null : await seatPrice();
  const invoices = await db
    .select()
    .from(stripeInvoices)
    .where(eq(stripeInvoices.practiceId, scope.practiceId))
    .orderBy(desc(stripeInvoices.issuedAt))
    .limit(12);
  const nextDate = billing.status === "trialing" ? billing.trialEndsAt : billing.currentPeriodEnd;
  return {
    enabled: true,
    standing,
    canManage,
    seatsUsed,
    seatsPaid: live ? billing.seats : null,
    price,
    trialEndsAt:
      standing.kind === "trial" || billing.status === "trialing" ? billing.trialEndsAt : null,
    nextInvoice:
      live && price && nextDate && !billing.cancelAtPeriodEnd
        ? { date: nextDate, amount: billing.seats * price.unitAmount, currency: price.currency }
        : null,
    cancelAtPeriodEnd: billing.cancelAtPeriodEnd,
    hasCustomer: Boolean(billing.stripeCustomerId),
    hasSubscription: live,
    invoices: invoices.map((i) => ({
      id: i.id,
      number: i.number,
      status: i.status,
      amount: i.status === "paid" ? i.amountPaid : i.amountDue,
      currency: i.currency,
      url: i.hostedInvoiceUrl,
      issuedAt: i.issuedAt,
    })),
  };
}

/** What the invite form needs: is a seat free, and what one more costs. */
export async function seatQuote(db: Executor, scope: PracticeScope) {
  const seatsUsed = await seatsInUse(db, scope.practiceId);
  if (!billingEnabled()) return { needsSeat: false, seatsUsed, seatsPaid: null, price: null };
  const billing = await loadBilling(db, scope.practiceId);
  if (billing.exempt || !hasLiveSubscription(billing)) {
    return { needsSeat: false, seatsUsed, seatsPaid: null, price: null };
  }
  return {
    needsSeat: seatsUsed >= billing.seats,
    seatsUsed,
    seatsPaid: billing.seats,
    price: await seatPrice(),
  };
}
