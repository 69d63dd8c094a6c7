import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { partnerDevices } from "~/domain/safety";
import { users } from "./auth";
import { partners } from "./couples";
import { practiceRef } from "./practices";

export const partnerDeviceEnum = pgEnum("partner_device", partnerDevices);

// How partners reach their pages without an account. The SQL names keep their original
// "client_" prefix: renaming tables buys nothing and would need a data migration.

/** A partner's personal link. Only the SHA-256 of the token is kept. */
export const partnerLinks = pgTable(
  "client_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: practiceRef(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastOpenedAt: timestamp({ withTimezone: true }),
    /** Set when the link is first exchanged for a session: a link opens one device only. */
    usedAt: timestamp({ withTimezone: true }),
    /** Shown on a staff screen (copy, QR code) rather than emailed to the partner. */
    shownOnScreen: boolean().notNull().default(false),
    /**
     * Hash of the device cookie of the phone that used the link: tapping the same link again on
     * that phone signs in again (until the link expires) without a new email.
     */
    deviceHash: text(),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.practiceId), index().on(t.partnerId)],
);

/** What an opened link is exchanged for: a short-lived, partner-scoped session (cookie holds the token). */
export const partnerSessions = pgTable(
  "client_sessions",
  {
    tokenHash: text().primaryKey(),
    practiceId: practiceRef(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id),
    linkId: uuid()
      .notNull()
      .references(() => partnerLinks.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** What the partner said about this device; null until asked (treated as shared). */
    device: partnerDeviceEnum(),
    /** Last request on this session: on a shared device it ends after the practice's idle minutes. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.practiceId), index().on(t.partnerId)],
);

export type PartnerLink = typeof partnerLinks.$inferSelect;
