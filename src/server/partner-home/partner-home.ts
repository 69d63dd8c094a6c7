import { and, arrayContains, asc, count, eq, gte, isNull, or, sql } from "drizzle-orm";
import { staffName } from "~/domain/people";
import { PARTNER_ENTRIES_PER_PAGE } from "~/domain/partner-home";
import { mondayOf, localDateOf, startOfLocalDay } from "~/timeline/weeks";
import type { Database, Executor } from "~/server/db/client";
import { assignments, couples, entries, partners, users } from "~/server/db/schema";
import { entryPageForPartner } from "~/server/entries/partner-entries";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import { partnerPracticeInfo } from "~/server/partner-session/practice-info";
import { partnerProgramme } from "~/server/programme-views/partner-programme";
import type { PartnerOverviewInput } from "~/validation/partner-home";

/** Who treats the couple, as partners read it: name and credentials (staffName). */
async function treatingTherapist(db: Executor, scope: PartnerScope) {
  const [row] = await db
    .select({ name: users.name, credentials: users.credentials, email: users.email })
    .from(couples)
    .innerJoin(users, eq(users.id, couples.therapistUserId))
    .where(and(eq(couples.id, scope.coupleId), eq(couples.practiceId, scope.practiceId)));
  return row ? staffName(row) : null;
}

/**
 * The partner's open homework with how often they did each: ever, today and this week (a
 * Monday-start week), counted by when they sent it, in their own time zone.
 */
async function homeworkWithCounts(db: Executor, scope: PartnerScope, now: Date) {
  const today = localDateOf(now, scope.timeZone);
  const dayStart = startOfLocalDay(today, scope.timeZone);
  const weekStart = startOfLocalDay(mondayOf(today), scope.timeZone);
  const done = db
    .select({
      assignmentId: entries.assignmentId,
      total: count().as("total"),
      today: sql<number>`count(*) filter (where ${entries.createdAt} >= ${dayStart})`.as("today"),
      thisWeek: sql<number>`count(*) filter (where ${entries.createdAt} >= ${weekStart})`.as(
        "this_week",
      ),
    })
    .from(entries)
    .where(eq(entries.partnerId, scope.partnerId))
    .groupBy(entries.assignmentId)
    .as("done");
  const rows = await db
    .select({
      id: assignments.id,
      title: assignments.title,
      cadence: assignments.cadence,
      dueOn: assignments.dueOn,
      note: assignments.note,
      total: sql<number>`coalesce(${done.total}, 0)::int`,
      today: sql<number>`coalesce(${done.today}, 0)::int`,
      thisWeek: sql<number>`coalesce(${done.thisWeek}, 0)::int`,
    })
    .from(assignments)
    .leftJoin(done, eq(done.assignmentId, assignments.id))
    .where(
      and(
        eq(assignments.coupleId, scope.coupleId),
        eq(assignments.practiceId, scope.practiceId),
        eq(assignments.status, "active"),
        arrayContains(assignments.partnerPositions, [scope.position]),
        or(isNull(assignments.untilOn), gte(assignments.untilOn, today)),
      ),
    )
    .orderBy(asc(assignments.dueOn), asc(assignments.createdAt));
  return { today, homework: rows };
}

/** Whether the partner has put away the home page's "who reads what" introduction. */
async function introSeen(db: Executor, scope: PartnerScope) {
  const [row] = await db
    .select({ at: partners.homeIntroSeenAt })
    .from(partners)
    .where(eq(partners.id, scope.partnerId));
  return Boolean(row?.at);
}

/**
 * The partner's home: their practice and therapist, the "who reads what" introduction until put
 * away, the programme week they are in, this week's homework, and one page of the entries they
 * may read.
 */
export async function partnerOverview(
  db: Executor,
  scope: PartnerScope,
  input: PartnerOverviewInput,
  now = new Date(),
) {
  const [practice, therapist, seen, week, entryPage, programme] = await Promise.all([
    partnerPracticeInfo(db, scope),
    treatingTherapist(db, scope),
    introSeen(db, scope),
    homeworkWithCounts(db, scope, now),
    entryPageForPartner(db, scope, { ...input, perPage: PARTNER_ENTRIES_PER_PAGE }),
    partnerProgramme(db, scope, now),
  ]);
  return {
    practice,
    therapist,
    showIntro: !seen,
    today: week.today,
    homework: week.homework,
    entries: entryPage.rows,
    hasOlder: entryPage.hasOlder,
    /** where the couple is in a running or paused programme; null with none */
    programme,
  };
}

/** The partner put the introduction away: it is not shown again. */
export async function dismissHomeIntro(db: Database, scope: PartnerScope) {
  await db
    .update(partners)
    .set({ homeIntroSeenAt: new Date() })
    .where(
      and(
        eq(partners.id, scope.partnerId),
        eq(partners.practiceId, scope.practiceId),
        isNull(partners.homeIntroSeenAt),
      ),
    );
}
