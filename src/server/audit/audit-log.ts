import { and, desc, eq, lt } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { auditEvents, couples, users } from "~/server/db/schema";
import type { PracticeScope } from "~/server/practices/scope";
import { auditActionLabel } from "./audit-actions";

const PAGE_SIZE = 50;

/** The practice's audit trail, newest first, a page at a time (pass the last id seen as `before`). */
export async function listAuditEvents(
  db: Executor,
  scope: PracticeScope,
  args: { before?: number },
) {
  const rows = await db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
      actorEmail: users.email,
      coupleLabel: couples.label,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(
      couples,
      and(eq(couples.id, auditEvents.coupleId), eq(couples.practiceId, scope.practiceId)),
    )
    .where(
      and(
        eq(auditEvents.practiceId, scope.practiceId),
        args.before ? lt(auditEvents.id, args.before) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(PAGE_SIZE + 1);
  const events = rows.slice(0, PAGE_SIZE).map((e) => ({ ...e, label: auditActionLabel(e.action) }));
  return { events, hasMore: rows.length > PAGE_SIZE };
}
