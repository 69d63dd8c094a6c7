import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import {
  assignments,
  couples,
  entries,
  memberships,
  partners,
  safetyFlags,
  therapySessions,
  users,
} from "~/server/db/schema";
import type { CoupleStatus } from "~/domain/couple";
import { visibleCouples } from "~/server/couples/visibility";
import type { PracticeScope } from "~/server/practices/scope";
import type { CaseloadFilter } from "~/validation/caseload";

export interface CaseloadRow {
  id: string;
  label: string;
  status: CoupleStatus;
  therapist: { userId: string; name: string | null; email: string };
  partnerNames: string[];
  lastActivityAt: Date | null;
  /** active assignments */
  openHomework: number;
  /** entries not yet marked reviewed */
  newEntries: number;
  /** open safety flags (from a form or the help button): counted until closed with a follow-up */
  safetyFlags: number;
  /** active homework past its due date (in the couple's zone) with no entry yet */
  overdueHomework: number;
  /** the day of the last recorded therapy session, or null */
  lastSessionOn: string | null;
}

const statusesFor: Record<CaseloadFilter["status"], CoupleStatus[] | null> = {
  current: ["active", "paused"],
  active: ["active"],
  paused: ["paused"],
  discharged: ["discharged"],
  all: null,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filterConditions(db: Executor, practiceId: string, filter: CaseloadFilter): SQL[] {
  const conditions: SQL[] = [];
  const statuses = statusesFor[filter.status];
  if (statuses) conditions.push(inArray(couples.status, statuses));
  if (filter.therapistUserId) conditions.push(eq(couples.therapistUserId, filter.therapistUserId));
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    const partnerMatch = inArray(
      couples.id,
      db
        .select({ id: partners.coupleId })
        .from(partners)
        .where(and(eq(partners.practiceId, practiceId), ilike(partners.displayName, pattern))),
    );
    conditions.push(or(ilike(couples.label, pattern), partnerMatch) as SQL);
  }
  return conditions;
}

/**
 * A therapist's own couples, or for owners and admins the whole practice, filtered; couples with
 * an open safety flag come first.
 */
export async function caseload(
  db: Executor,
  scope: PracticeScope,
  filter: CaseloadFilter,
): Promise<CaseloadRow[]> {
  const partnerNames = sql<
    string[]
  >`coalesce((select array_agg(${partners.displayName} order by ${partners.position}) from ${partners} where ${partners.coupleId} = ${couples.id}), '{}')`;
  const openHomework = sql<number>`(select count(*)::int from ${assignments} where ${assignments.coupleId} = ${couples.id} and ${assignments.status} = 'active')`;
  const newEntries = sql<number>`(select count(*)::int from ${entries} where ${entries.coupleId} = ${couples.id} and ${entries.reviewedAt} is null)`;
  const overdueHomework = sql<number>`(select count(*)::int from ${assignments} where ${assignments.coupleId} = ${couples.id} and ${assignments.status} = 'active' and ${assignments.dueOn} < (now() at time zone ${couples.timeZone})::date and not exists (select 1 from ${entries} where ${entries.assignmentId} = ${assignments.id}))`;
  const lastSessionOn = sql<
    string | null
  >`(select max(${therapySessions.sessionOn})::text from ${therapySessions} where ${therapySessions.coupleId} = ${couples.id})`;
  // The practice's open flags, one row per couple: few, and read through the partial index.
  const openFlags = db
    .select({ coupleId: safetyFlags.coupleId, n: sql<number>`count(*)::int`.as("n") })
    .from(safetyFlags)
    .where(and(eq(safetyFlags.practiceId, scope.practiceId), isNull(safetyFlags.closedAt)))
    .groupBy(safetyFlags.coupleId)
    .as("open_flags");
  const rows = await db
    .select({
      id: couples.id,
      label: couples.label,
      status: couples.status,
      therapistUserId: couples.therapistUserId,
      therapistName: users.name,
      therapistEmail: users.email,
      partnerNames,
      lastActivityAt: couples.lastActivityAt,
      openHomework,
      // Named, so the order below reads each count once instead of running its subquery again.
      newEntries: newEntries.as("new_entries"),
      safetyFlags: sql<number>`coalesce(${openFlags.n}, 0)`,
      overdueHomework: overdueHomework.as("overdue_homework"),
      lastSessionOn: lastSessionOn.as("last_session_on"),
    })
    .from(couples)
    .innerJoin(users, eq(users.id, couples.therapistUserId))
    .leftJoin(openFlags, eq(openFlags.coupleId, couples.id))
    .where(and(visibleCouples(scope), ...filterConditions(db, scope.practiceId, filter)))
    .orderBy(...orderFor(filter.sort, openFlags.n))
    .limit(500);
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    status: r.status,
    therapist: { userId: r.therapistUserId, name: r.therapistName, email: r.therapistEmail },
    partnerNames: r.partnerNames,
    lastActivityAt: r.lastActivityAt,
    openHomework: r.openHomework,
    newEntries: r.newEntries,
    safetyFlags: r.safetyFlags,
    overdueHomework: r.overdueHomework,
    lastSessionOn: r.lastSessionOn,
  }));
}

/**
 * "attention" is triage: open safety flags, then new entries, then overdue homework, then the most
 * recently active. Whatever the order chosen, open safety flags still come first.
 */
function orderFor(sort: CaseloadFilter["sort"], flags: SQL.Aliased<number> | SQL): SQL[] {
  const flagged = sql`${flags} is null`;
  const recent = sql`${couples.lastActivityAt} desc nulls last`;
  const byName = asc(couples.label);
  switch (sort) {
    case "name":
      return [flagged, byName];
    case "activity":
      return [flagged, recent, byName];
    case "session":
      return [flagged, sql`last_session_on desc nulls last`, byName];
    case "attention":
      return [flagged, sql`new_entries desc`, sql`overdue_homework desc`, recent, byName];
  }
}

/** How many current couples each member treats, for owners and admins balancing caseloads. */
export async function caseloadLoad(db: Executor, scope: PracticeScope) {
  const current = sql`${couples.status} in ('active', 'paused')`;
  return db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      awayFrom: memberships.awayFrom,
      awayUntil: memberships.awayUntil,
      couples: count(couples.id),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      couples,
      and(
        eq(couples.practiceId, memberships.practiceId),
        eq(couples.therapistUserId, memberships.userId),
        current,
      ),
    )
    .where(eq(memberships.practiceId, scope.practiceId))
    .groupBy(
      memberships.userId,
      users.name,
      users.email,
      memberships.role,
      memberships.awayFrom,
      memberships.awayUntil,
    )
    .orderBy(desc(count(couples.id)), asc(users.email));
}
