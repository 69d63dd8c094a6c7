import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// The development mailbox: where email goes when no RESEND_API_KEY is set. Not tenant data.
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    from: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.to, t.createdAt)],
);

export type MailboxMessage = typeof devMailbox.$inferSelect;
