import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { practiceRef, practices, tenantId, tenantPrimaryKey } from "./practices";

/**
 * A practice's subscription, as last synced from Stripe. Every practice has a row: a new one starts
 * a trial with no card. `stateAt` is the Stripe time of the state held here; an older event never
 * overwrites a newer state.
 *
 * A global table, not distributed by practice (a Citus reference table, like `practices`): a
 * webhook finds the practice by its Stripe customer or subscription id, and each of those must
 * belong to one practice only, across all practices. One small row per practice, rarely written.
 */
export const practiceBilling = pgTable("practice_billing", {
  practiceId: uuid()
    .primaryKey()
    .references(() => practices.id),
  /** Never limited (the demo practice, a practice billed by hand). */
  exempt: boolean().notNull().default(false),
  stripeCustomerId: text().unique(),
  stripeSubscriptionId: text().unique(),
  /** Stripe's subscription status (trialing, active, past_due, canceled, unpaid…); null: none yet. */
  status: text(),
  /** Seats paid for: the subscription's quantity. */
  seats: integer().notNull().default(0),
  trialEndsAt: timestamp({ withTimezone: true }).notNull(),
  currentPeriodEnd: timestamp({ withTimezone: true }),
  cancelAtPeriodEnd: boolean().notNull().default(false),
  /** The first failed payment not yet made good: the grace period runs from here. */
  paymentFailedAt: timestamp({ withTimezone: true }),
  stateAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each Stripe webhook event handled, stored once: a replayed event changes nothing. A global table
 * (not distributed by practice): an event id is unique across Stripe, it is stored before the
 * practice is known (`practiceId` may be null) and a replay must be found whatever it is about.
 */
export const stripeEvents = pgTable("stripe_events", {
  id: text().primaryKey(),
  type: text().notNull(),
  practiceId: uuid().references(() => practices.id),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A practice's invoices as Stripe reported them, for the billing page (links are Stripe-hosted). */
export const stripeInvoices = pgTable(
  "stripe_invoices",
  {
    /** Stripe's invoice id: unique with practice_id (Stripe keeps it unique across practices). */
    id: text().notNull(),
    practiceId: practiceRef(),
    number: text(),
    status: text().notNull(),
    /** In the currency's smallest unit (cents). */
    amountDue: integer().notNull(),
    amountPaid: integer().notNull(),
    currency: text().notNull(),
    hostedInvoiceUrl: text(),
    /** Stripe's `created`. */
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantPrimaryKey("stripe_invoices", t), index().on(t.practiceId, t.issuedAt)],
);

/** A staff member's authenticator (TOTP) secret; confirmed once they typed a code from it. */
export const staffMfa = pgTable("staff_mfa", {
  userId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Encrypted with a key derived from AUTH_SECRET. */
  secret: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  /** The last accepted time step: a code is accepted once. */
  lastUsedStep: bigint({ mode: "number" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes, stored hashed; ten per enrolment. */
export const mfaRecoveryCodes = pgTable(
  "mfa_recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

/** An owner's download of everything the practice holds, built by the worker. */
export const practiceExports = pgTable(
  "practice_exports",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    requestedByUserId: text()
      .notNull()
      .references(() => users.id),
    /** queued → running → ready | failed; ready ones expire at `expiresAt`. */
    status: text().notNull().default("queued"),
    tablesDone: integer().notNull().default(0),
    tablesTotal: integer().notNull().default(0),
    rowsDone: bigint({ mode: "number" }).notNull().default(0),
    /** Where the worker wrote the zip; removed when it expires. */
    filePath: text(),
    bytes: bigint({ mode: "number" }),
    expiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    downloadedAt: timestamp({ withTimezone: true }),
  },
  (t) => [tenantPrimaryKey("practice_exports", t), index().on(t.practiceId, t.createdAt)],
);

export type PracticeBilling = typeof practiceBilling.$inferSelect;
export type PracticeExport = typeof practiceExports.$inferSelect;
