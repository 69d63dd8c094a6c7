import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { practiceRef, tenantId, tenantPrimaryKey } from "./practices";

export const outboxStatusEnum = pgEnum("outbox_status", ["pending", "sent", "failed", "cancelled"]);

/**
 * Email to send, written in the same transaction as what caused it and delivered by a job.
 * `template` names a react-email template in emails/; `props` holds no clinical content.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    to: text().notNull(),
    template: text().notNull(),
    props: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** what the email is about, for showing failures where they matter (e.g. a partner id) */
    subjectType: text(),
    subjectId: text(),
    status: outboxStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("email_outbox", t),
    index().on(t.practiceId),
    index().on(t.status, t.nextAttemptAt),
    index().on(t.subjectType, t.subjectId),
    // At most one safety alert waits for each therapist: later flags are counted into it.
    uniqueIndex("email_outbox_one_pending_safety_alert")
      .on(t.practiceId, t.to)
      .where(sql`${t.template} = 'safety_flag' and ${t.status} = 'pending'`),
    // At most one homework email waits for each partner: what is assigned in one sitting is one email.
    uniqueIndex("email_outbox_one_pending_homework_email")
      .on(t.practiceId, t.subjectId)
      .where(sql`${t.template} = 'homework_assigned' and ${t.status} = 'pending'`),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
