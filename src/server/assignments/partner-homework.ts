import { and, arrayContains, asc, count, eq, gte, isNull, max, or, sql } from "drizzle-orm";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { Executor } from "~/server/db/client";
import { assignments, entries, programmeRuns, programmeWeeks } from "~/server/db/schema";
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
  return { assignment, wording, reflectionStage: await programmeReflectionStage(db, assignment) };
}

/**
 * The stage a programme week asked its reflection to open on (week 1 starts out, the last week
 * looks back), from the plan the run keeps; null for homework given by hand or another kind.
 */
async function programmeReflectionStage(
  db: Executor,
  assignment: { kind: string; practiceId: string; programmeWeekId: string | null },
): Promise<"start" | "review" | null> {
  if (assignment.kind !== "reflection" || !assignment.programmeWeekId) return null;
  const [row] = await db
    .select({ weekNumber: programmeWeeks.weekNumber, weeks: programmeRuns.weeks })
    .from(programmeWeeks)
    .innerJoin(
      programmeRuns,
      and(
        eq(programmeRuns.id, programmeWeeks.runId),
        eq(programmeRuns.practiceId, programmeWeeks.practiceId),
      ),
    )
    .where(
      and(
        eq(programmeWeeks.id, assignment.programmeWeekId),
        eq(programmeWeeks.practiceId, assignment.practiceId),
      ),
    );
  const plan = row?.weeks[row.weekNumber - 1];
  return plan?.homework.find((h) => h.kind === "reflection")?.reflectionStage ?? null;
}
