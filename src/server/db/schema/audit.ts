import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { practiceRef, tenantPrimaryKey } from "./practices";

// Append-only: a trigger in the migrations rejects UPDATE and DELETE on this table.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }),
    practiceId: practiceRef(),
    actorUserId: text(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    coupleId: uuid(),
    // Identifiers and changed field names only; never clinical text.
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("audit_events", t),
    index().on(t.practiceId, t.createdAt),
    index().on(t.coupleId),
    index().on(t.practiceId, t.action, t.createdAt),
    index().on(t.practiceId, t.actorUserId, t.createdAt),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
