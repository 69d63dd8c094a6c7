import type { Executor } from "~/server/db/client";
import { auditEvents } from "~/server/db/schema";
import type { PracticeScope } from "~/server/practices/scope";
import { ZAuditActionSchema, type AuditAction, type AuditSubjectType } from "./audit-actions";

/** Who acted, in which practice: a staff member's PracticeScope fits as it is. */
export type AuditScope = Pick<PracticeScope, "practiceId"> & { userId: string | null };

/** What the event is about, and the couple it concerns, if any. */
export interface AuditSubject {
  type: AuditSubjectType;
  id: string;
  coupleId?: string | null;
}

/** Identifiers, roles, statuses and changed field names: never clinical text. */
export type AuditDetails = Record<string, unknown>;

/** Partners (through their personal link) and the system act without an account: no actor is named. */
export function actorWithoutAccount(practiceId: string): AuditScope {
  return { practiceId, userId: null };
}

function auditRow(
  scope: AuditScope,
  action: AuditAction,
  subject: AuditSubject,
  details: AuditDetails = {},
) {
  return {
    practiceId: scope.practiceId,
    actorUserId: scope.userId,
    // The types already refuse an unknown action; this stops one smuggled past them by a cast.
    action: ZAuditActionSchema.parse(action),
    subjectType: subject.type,
    subjectId: subject.id,
    coupleId: subject.coupleId ?? null,
    details,
  };
}

/** Append an audit event; call it inside the transaction that makes the change. */
export async function recordAudit(
  db: Executor,
  scope: AuditScope,
  action: AuditAction,
  subject: AuditSubject,
  details?: AuditDetails,
): Promise<void> {
  await db.insert(auditEvents).values(auditRow(scope, action, subject, details));
}

/** The same action done to several subjects at once, as one insert. */
export async function recordAuditForEach(
  db: Executor,
  scope: AuditScope,
  action: AuditAction,
  events: { subject: AuditSubject; details?: AuditDetails }[],
): Promise<void> {
  if (events.length === 0) return;
  await db
    .insert(auditEvents)
    .values(events.map((e) => auditRow(scope, action, e.subject, e.details)));
}
