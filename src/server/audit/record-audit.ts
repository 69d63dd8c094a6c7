import { auditEvents } from "~/server/db/schema";
import type { Executor } from "~/server/db/client";

export interface AuditInput {
  practiceId: string;
  actorUserId: string | null;
  /** dotted verb, e.g. "couple.created" */
  action: string;
  subjectType:
    | "practice"
    | "membership"
    | "invitation"
    | "couple"
    | "partner"
    | "client_link"
    | "assignment"
    | "entry"
    | "template"
    | "session";
  subjectId: string;
  coupleId?: string | null;
  /** Identifiers, roles, statuses and changed field names: never clinical text. */
  details?: Record<string, unknown>;
}

/** Append an audit event; call it inside the transaction that makes the change. */
export async function recordAudit(db: Executor, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({ ...event, details: event.details ?? {} });
}

export async function recordAuditMany(db: Executor, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(auditEvents).values(events.map((e) => ({ ...e, details: e.details ?? {} })));
}
