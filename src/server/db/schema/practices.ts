import { relations } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
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

export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
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
  (t) => [unique().on(t.practiceId, t.userId), index().on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: practiceRef(),
    email: text().notNull(),
    role: roleEnum().notNull(),
    tokenHash: text().notNull().unique(),
    invitedByUserId: text()
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedByUserId: text().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.practiceId, t.email)],
);

/**
 * The practice's consent text for between-session homework, shown to each partner at first opening.
 * Each edit is a new row (version + 1); version 0 is the built-in text and has no row. A partner's
 * acceptance records the version they read.
 */
export const consentTexts = pgTable(
  "consent_texts",
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: practiceRef(),
    version: integer().notNull(),
    body: text().notNull(),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.practiceId, t.version)],
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
