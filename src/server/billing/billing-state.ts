import { and, count, eq, gt, inArray, isNull, ne } from "drizzle-orm";
import {
  billingStanding,
  defaultTrialEnd,
  hasLiveSubscription,
  restrictedMessage,
  seatRoles,
  type BillingSnapshot,
  type BillingStanding,
} from "~/domain/billing";
import type { Executor } from "~/server/db/client";
import { invitations, memberships, practiceBilling, practices } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { billingEnabled } from "./billing-switch";

export interface PracticeBillingState extends BillingSnapshot {
  practiceId: string;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
}

/**
 * The practice's billing row; a practice without one (created before billing, or by a path that
 * did not add it) reads as a trial ending TRIAL_DAYS after the practice was created.
 */
export async function loadBilling(db: Executor, practiceId: string): Promise<PracticeBillingState> {
  const [row] = await db
    .select({ practice: { createdAt: practices.createdAt }, billing: practiceBilling })
    .from(practices)
    .leftJoin(practiceBilling, eq(practiceBilling.practiceId, practices.id))
    .where(eq(practices.id, practiceId));
  if (!row) throw notFound("That practice");
  if (row.billing) return row.billing;
  return {
    practiceId,
    exempt: false,
    stripeCustomerId: null,
    stripeSubscriptionId: null,
    status: null,
    seats: 0,
    trialEndsAt: defaultTrialEnd(row.practice.createdAt),
    currentPeriodEnd: null,
    cancelAtPeriodEnd: false,
    paymentFailedAt: null,
  };
}

/** Where the practice stands; "off" whenever billing is not configured on this server. */
export async function practiceStanding(db: Executor, practiceId: string): Promise<BillingStanding> {
  if (!billingEnabled()) return { kind: "off" };
  return billingStanding(await loadBilling(db, practiceId));
}

/**
 * Seats in use: every member (each can be assigned couples) and each live invitation, leaving out
 * one to `exceptEmail` (about to be replaced by a new one to the same address).
 */
export async function seatsInUse(
  db: Executor,
  practiceId: string,
  exceptEmail?: string,
): Promise<number> {
  const [members] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.practiceId, practiceId), inArray(memberships.role, seatRoles)));
  const [pending] = await db
    .select({ n: count() })
    .from(invitations)
    .where(
      and(
        eq(invitations.practiceId, practiceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
        exceptEmail ? ne(invitations.email, exceptEmail) : undefined,
      ),
    );
  return (members?.n ?? 0) + (pending?.n ?? 0);
}

/**
 * New homework and invitations pause once a trial has ended unpaid or a payment is more than the
 * grace period late. Reading, reviewing, exporting and everything partners do never pause.
 */
export async function assertPracticeInGoodStanding(db: Executor, practiceId: string) {
  const standing = await practiceStanding(db, practiceId);
  if (standing.kind === "restricted") {
    throw new DomainError("FORBIDDEN", restrictedMessage(standing.reason));
  }
}

/** Paid seats are free for one more person; true also when seats are not limited (trial, off). */
async function hasFreeSeat(db: Executor, practiceId: string, email: string): Promise<boolean> {
  if (!billingEnabled()) return true;
  const billing = await loadBilling(db, practiceId);
  if (billing.exempt || !hasLiveSubscription(billing)) return true;
  return (await seatsInUse(db, practiceId, email)) < billing.seats;
}

const SEATS_FULL_MESSAGE =
  "Every paid seat is taken. An owner can add a seat from this form or the billing page.";

/** Inviting someone takes a seat: refuse when none is free. */
export async function assertSeatForInvitation(db: Executor, practiceId: string, email: string) {
  await assertPracticeInGoodStanding(db, practiceId);
  if (!(await hasFreeSeat(db, practiceId, email))) {
    throw new DomainError("CONFLICT", SEATS_FULL_MESSAGE, "email");
  }
}
