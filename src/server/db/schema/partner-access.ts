import {
  boolean,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { partnerDevices } from "~/domain/safety";
import { users } from "./auth";
import { partnerReference } from "./couples";
import { practiceRef, samePracticeReference, tenantId, tenantPrimaryKey } from "./practices";

export const partnerDeviceEnum = pgEnum("partner_device", partnerDevices);

// How partners reach their pages without an account. The SQL names keep their original
// "client_" prefix: renaming tables buys nothing and would need a data migration.

/** A partner's personal link. Only the SHA-256 of the token is kept. */
export const partnerLinks = pgTable(
  "client_links",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    partnerId: uuid().notNull(),
    tokenHash: text().notNull(),
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
  (t) => [
    tenantPrimaryKey("client_links", t),
    partnerReference("client_links", t.practiceId, t.partnerId),
    index().on(t.practiceId),
    index().on(t.partnerId),
    // Opening a link finds it by the token's hash alone (the index's first column). Unique with
    // practice_id only, so the table can be distributed: across practices the 256-bit random tokens
    // do not collide.
    unique().on(t.tokenHash, t.practiceId),
  ],
);

/** What an opened link is exchanged for: a short-lived, partner-scoped session (cookie holds the token). */
export const partnerSessions = pgTable(
  "client_sessions",
  {
    tokenHash: text().notNull(),
    practiceId: practiceRef(),
    partnerId: uuid().notNull(),
    linkId: uuid().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** What the partner said about this device; null until asked (treated as shared). */
    device: partnerDeviceEnum(),
    /** Last request on this session: on a shared device it ends after the practice's idle minutes. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Every partner request finds its session by the cookie token's hash alone, the key's first
    // column; practice_id is in the key so the table can be distributed (256-bit random tokens).
    primaryKey({ name: "client_sessions_pkey", columns: [t.tokenHash, t.practiceId] }),
    partnerReference("client_sessions", t.practiceId, t.partnerId),
    samePracticeReference(
      "client_sessions_link_id_fk",
      { practiceId: t.practiceId, column: t.linkId },
      partnerLinks,
    ),
    index().on(t.practiceId),
    index().on(t.partnerId),
  ],
);

export type PartnerLink = typeof partnerLinks.$inferSelect;
