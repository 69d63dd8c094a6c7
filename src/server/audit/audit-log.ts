import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { auditEvents, couples, users } from "~/server/db/schema";
import type { PracticeScope } from "~/server/practices/scope";
import { auditActionLabel } from "./audit-actions";
import { WITHOUT_ACCOUNT, type AuditFilter } from "./audit-filter";

const PAGE_SIZE = 50;

/** The filter as conditions; calendar days are the practice's own, whatever the server's zone. */
function filterConditions(practiceId: string, f: AuditFilter): (SQL | undefined)[] {
  const zone = sql`(select p.time_zone from practices p where p.id = ${practiceId})`;
  return [
    eq(auditEvents.practiceId, practiceId),
    f.who === WITHOUT_ACCOUNT
      ? isNull(auditEvents.actorUserId)
      : f.who
        ? eq(auditEvents.actorUserId, f.who)
        : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.couple ? eq(auditEvents.coupleId, f.couple) : undefined,
    f.from
      ? sql`${auditEvents.createdAt} >= (${f.from}::date::timestamp at time zone ${zone})`
      : undefined,
    f.to
      ? sql`${auditEvents.createdAt} < ((${f.to}::date + 1)::timestamp at time zone ${zone})`
      : undefined,
  ];
}

/**
 * Keyset paging on (created_at, id), newest first: the page after the event `before`. An id of
 * another practice finds no row, so the comparison is null and the page is empty.
 */
function olderThan(practiceId: string, before: number | undefined) {
  if (!before) return undefined;
  return sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (select a.created_at, a.id from audit_events a where a.id = ${before} and a.practice_id = ${practiceId})`;
}

/** Up to `limit` events matching the filter, newest first, after the event `before`. */
export async function auditEventRows(
  db: Executor,
  scope: Pick<PracticeScope, "practiceId">,
  filter: AuditFilter,
  page: { before?: number; limit: number },
) {
  const rows = await db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      createdAt: auditEvents.createdAt,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      actorEmail: users.email,
      coupleId: auditEvents.coupleId,
      coupleLabel: couples.label,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(
      couples,
      and(eq(couples.id, auditEvents.coupleId), eq(couples.practiceId, scope.practiceId)),
    )
    .where(
      and(...filterConditions(scope.practiceId, filter), olderThan(scope.practiceId, page.before)),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(page.limit);
  return rows.map((e) => ({ ...e, label: auditActionLabel(e.action) }));
}

export type AuditEventRow = Awaited<ReturnType<typeof auditEventRows>>[number];

/** The practice's audit trail, filtered, a page at a time (pass the last id seen as `before`). */
export async function listAuditEvents(
  db: Executor,
  scope: PracticeScope,
  args: AuditFilter & { before?: number },
) {
  const { before, ...filter } = args;
  const rows = await auditEventRows(db, scope, filter, { before, limit: PAGE_SIZE + 1 });
  return { events: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE };
}
