import { and, arrayContains, asc, count, eq, gte, isNull, max, or, sql } from "drizzle-orm";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { Executor } from "~/server/db/client";
import { assignments, entries } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { wordingFor } from "~/server/homework-templates/homework-templates";

function openFor(scope: PartnerScope) {
  return and(
    eq(assignments.coupleId, scope.coupleId),
    eq(assignments.practiceId, scope.practiceId),
    eq(assignments.status, "active"),
    arrayContains(assignments.partnerPositions, [scope.position]),
    or(isNull(assignments.untilOn), gte(assignments.untilOn, sql`current_date`)),
  );
}

/** The partner's open homework with how many times they have done each. */
export async function openHomework(db: Executor, scope: PartnerScope) {
  const done = db
    .select({
      assignmentId: entries.assignmentId,
      n: count().as("n"),
      lastAt: max(entries.occurredAt).as("last_at"),
    })
    .from(entries)
    .where(eq(entries.partnerId, scope.partnerId))
    .groupBy(entries.assignmentId)
    .as("done");
  return db
    .select({
      id: assignments.id,
      kind: assignments.kind,
      title: assignments.title,
      cadence: assignments.cadence,
      dueOn: assignments.dueOn,
      untilOn: assignments.untilOn,
      note: assignments.note,
      entries: sql<number>`coalesce(${done.n}, 0)::int`,
      lastAt: done.lastAt,
    })
    .from(assignments)
    .leftJoin(done, eq(done.assignmentId, assignments.id))
    .where(openFor(scope))
    .orderBy(asc(assignments.dueOn), asc(assignments.createdAt));
}

/** One open assignment with the wording it was given with, for its form. */
export async function homeworkForm(db: Executor, scope: PartnerScope, assignmentId: string) {
  const [assignment] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, assignmentId), openFor(scope)));
  if (!assignment) throw notFound("That homework");
  const wording = await wordingFor(db, scope.practiceId, assignment.templateId, assignment.kind);
  return { assignment, wording };
}
