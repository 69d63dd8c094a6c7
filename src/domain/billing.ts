import type { Role } from "./practice";

/** A new practice tries Attune for this long, with no card. */
const TRIAL_DAYS = 14;
/** After a failed payment everything keeps working for this long. */
const GRACE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A seat is one member of the practice who can be assigned couples. Every role can be (owners and
 * admins often see couples too), so every member holds a seat, and so does each pending
 * invitation until it is accepted, withdrawn or expires. Partners never hold seats.
 */
export const seatRoles = ["owner", "admin", "therapist"] as const satisfies readonly Role[];

export const seatDefinition =
  "A seat is one member of the practice who can be assigned couples: every owner, admin and " +
  "therapist, and each invitation not yet accepted. Partners never count.";

/** When a practice without a billing row ends its trial: TRIAL_DAYS after it was created. */
export function defaultTrialEnd(practiceCreatedAt: Date): Date {
  return new Date(practiceCreatedAt.getTime() + TRIAL_DAYS * DAY_MS);
}

/** What Attune knows of a practice's subscription. */
export interface BillingSnapshot {
  exempt: boolean;
  /** Stripe's subscription status; null while there is no subscription. */
  status: string | null;
  seats: number;
  trialEndsAt: Date;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  paymentFailedAt: Date | null;
}

/** Where a practice stands, in the words the product uses. */
export type BillingStanding =
  | { kind: "off" }
  | { kind: "exempt" }
  | { kind: "trial"; endsAt: Date }
  | { kind: "subscribed"; trialEndsAt: Date | null }
  | { kind: "grace"; graceEndsAt: Date }
  | { kind: "restricted"; reason: "payment" | "trial_ended" | "ended" };

/** Statuses in which the subscription's quantity is the number of paid seats. */
const liveStatuses = new Set(["trialing", "active", "past_due", "unpaid"]);

export function hasLiveSubscription(snapshot: Pick<BillingSnapshot, "status">): boolean {
  return snapshot.status !== null && liveStatuses.has(snapshot.status);
}

export function billingStanding(
  snapshot: BillingSnapshot | null,
  now: Date = new Date(),
): BillingStanding {
  if (!snapshot) return { kind: "off" };
  if (snapshot.exempt) return { kind: "exempt" };
  const { status } = snapshot;
  const failedAt =
    snapshot.paymentFailedAt ?? (status === "past_due" || status === "unpaid" ? now : null);
  if (failedAt && (status === null || liveStatuses.has(status))) {
    const graceEndsAt = new Date(failedAt.getTime() + GRACE_DAYS * DAY_MS);
    return now < graceEndsAt ? { kind: "grace", graceEndsAt } : restricted("payment");
  }
  if (status === "trialing" || status === "active") {
    return {
      kind: "subscribed",
      trialEndsAt: status === "trialing" ? snapshot.trialEndsAt : null,
    };
  }
  if (status === "canceled" || status === "incomplete_expired" || status === "paused") {
    return restricted("ended");
  }
  // No subscription yet (or a first payment still in progress): the trial decides.
  return now < snapshot.trialEndsAt
    ? { kind: "trial", endsAt: snapshot.trialEndsAt }
    : restricted("trial_ended");
}

function restricted(reason: "payment" | "trial_ended" | "ended"): BillingStanding {
  return { kind: "restricted", reason };
}

/** Why new homework and invitations are paused; staff can still read, export and review. */
export function restrictedMessage(reason: "payment" | "trial_ended" | "ended"): string {
  const why = {
    payment: "The practice's payment has been overdue for more than 14 days",
    trial_ended: "The practice's free trial has ended",
    ended: "The practice's subscription has ended",
  }[reason];
  return (
    `${why}, so new homework and invitations are paused until an owner updates billing. ` +
    "You can still read, review and export everything, and partners can still do their homework."
  );
}

/** "$40.00" from Stripe's smallest unit. */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
  }).format(amount / 100);
}
