import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// Tables Auth.js reads and writes through @auth/drizzle-adapter; property names are the adapter's.
export const users = pgTable("users", {
  id: text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text(),
  email: text().notNull().unique(),
  emailVerified: timestamp({ mode: "date", withTimezone: true }),
  image: text(),
  /** Staff profile, shown beside the name: "LMFT", "PhD". */
  credentials: text(),
  pronouns: text(),
  /** Set once the profile form was shown at first sign-in (saved or skipped): asked once. */
  profilePromptedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/**
 * Staff sign-in sessions; the SQL name "sessions" is the adapter's. Partners sign in through
 * `partnerSessions`; the couple's meetings with their therapist are `therapySessions`.
 */
export const staffSessions = pgTable(
  "sessions",
  {
    sessionToken: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
    /** When the person signed in: a session ends STAFF_SESSION_MAX_HOURS later, active or not. */
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the second factor was confirmed in this session; null: not (yet) confirmed. */
    mfaVerifiedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export type User = typeof users.$inferSelect;
