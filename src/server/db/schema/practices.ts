import { relations } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { pdfPageSizes, roles } from "~/domain/practice";
import { dateStyles, defaultDateStyle } from "~/dates/styles";
import { users } from "./auth";

export const roleEnum = pgEnum("member_role", roles);
export const pdfPageSizeEnum = pgEnum("pdf_page_size", pdfPageSizes);

export const dateStyleEnum = pgEnum("date_style", dateStyles);

export const practices = pgTable("practices", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  timeZone: text().notNull(),
  /** How long a partner's personal link works. */
  partnerLinkDays: integer("client_link_days").notNull().default(14),
  /** Shown to a partner who says "I don't feel safe"; null: the built-in text. */
  crisisText: text(),
  /** CSI-4 distress cut-off: totals below it suggest distress. */
  csiCutoff: numeric({ precision: 4, scale: 1, mode: "number" }).notNull().default(13.5),
  /** Paper size of the session-prep PDF. */
  pdfPageSize: pdfPageSizeEnum().notNull().default("LETTER"),
  /** How staff and partners of the practice read dates: "Nov 16, 2026" or "16 Nov 2026". */
  dateStyle: dateStyleEnum().notNull().default(defaultDateStyle),
  /**
   * Set once the practice is known to be real (a paid subscription, or by hand with
   * `npm run practice:verify`); until then its staff can send only a few emails a day.
   */
  verifiedAt: timestamp({ withTimezone: true }),
  /** On a shared device, a partner's session ends after this many idle minutes. */
  sharedDeviceIdleMinutes: integer().notNull().default(30),
  /** Unsent drafts on a partner's own device are forgotten after this many days. */
  draftDays: integer().notNull().default(7),
  /** Emails to partners use a neutral sender and subject ("A message from your care team"). */
  discreetEmails: boolean().notNull().default(false),
  /** The practice's policy on secrets between partners, shown where a partner chooses private or shared; null: the built-in text. */
  secretsPolicy: text(),
  /**
   * Gets safety alerts for couples whose treating therapist is away (a date range on the member).
   * A user id; the service keeps it a member of the practice.
   */
  safetyBackupUserId: text().references(() => users.id),
  /** Every member must confirm a second factor (an authenticator code) after the email link. */
  requireMfa: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Every tenant table's `practice_id`: required, and a practice that exists. */
export const practiceRef = () =>
  uuid()
    .notNull()
    .references(() => practices.id);

/*
 * The tenant in every key: a tenant table's primary key is (id, practice_id), its unique
 * constraints include practice_id, and it references another tenant table's row by
 * (practice_id, x_id) → (practice_id, id). So the database refuses a row that points into another
 * practice, and the tables can be distributed by practice_id (Citus) without redesign. The id comes
 * first in the key so that a lookup by id alone still uses the primary key's index.
 */

/** A tenant table's id: unique only together with practice_id (see `tenantPrimaryKey`). */
export const tenantId = () => uuid().notNull().defaultRandom();

/** PRIMARY KEY (id, practice_id), under PostgreSQL's usual name for it. */
export const tenantPrimaryKey = (table: string, t: { id: AnyPgColumn; practiceId: AnyPgColumn }) =>
  primaryKey({ name: `${table}_pkey`, columns: [t.id, t.practiceId] });

/**
 * FOREIGN KEY (practice_id, column) REFERENCES target (practice_id, id): the referenced row is of
 * the same practice. A null column (an optional reference) is not checked (MATCH SIMPLE).
 */
export const samePracticeReference = (
  name: string,
  from: { practiceId: AnyPgColumn; column: AnyPgColumn },
  target: { practiceId: AnyPgColumn; id: AnyPgColumn },
) =>
  foreignKey({
    name,
    columns: [from.practiceId, from.column],
    foreignColumns: [target.practiceId, target.id],
  });

export const memberships = pgTable(
  "memberships",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    userId: text()
      .notNull()
      .references(() => users.id),
    role: roleEnum().notNull(),
    /** Away (leave, holiday) on these calendar days, inclusive: safety alerts also go to the practice's backup. */
    awayFrom: date({ mode: "string" }),
    awayUntil: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("memberships", t),
    unique().on(t.practiceId, t.userId),
    index().on(t.userId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    email: text().notNull(),
    role: roleEnum().notNull(),
    tokenHash: text().notNull(),
    invitedByUserId: text()
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedByUserId: text().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("invitations", t),
    index().on(t.practiceId, t.email),
    // Opening an invitation finds it by the token's hash alone (the index's first column). Unique
    // with practice_id only, so the table can be distributed: across practices the 256-bit random
    // tokens do not collide.
    unique().on(t.tokenHash, t.practiceId),
  ],
);

/**
 * The practice's consent text for between-session homework, shown to each partner at first opening.
 * Each edit is a new row (version + 1); version 0 is the built-in text and has no row. A partner's
 * acceptance records the version they read.
 */
export const consentTexts = pgTable(
  "consent_texts",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    version: integer().notNull(),
    body: text().notNull(),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantPrimaryKey("consent_texts", t), unique().on(t.practiceId, t.version)],
);

export const practicesRelations = relations(practices, ({ many }) => ({
  memberships: many(memberships),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  practice: one(practices, { fields: [memberships.practiceId], references: [practices.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));

export type Practice = typeof practices.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type ConsentText = typeof consentTexts.$inferSelect;
