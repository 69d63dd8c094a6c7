import { and, asc, eq, sql } from "drizzle-orm";
import { preparedQuery } from "~/server/db/prepared";
import type { Executor } from "~/server/db/client";
import { programmeRuns, programmeWeeks } from "~/server/db/schema";
import type { ProgrammeWeekSpan } from "~/timeline/programme-weeks";

/**
 * Every week of every programme the couple has had, with its run's title and its own name from the
 * plan the run copied in, oldest run first. A handful of rows: the timeline picks those it draws.
 */
export async function coupleProgrammeWeeks(
  db: Executor,
  practiceId: string,
  coupleId: string,
): Promise<ProgrammeWeekSpan[]> {
  const query = preparedQuery(db, "couple_programme_weeks", () =>
    db
      .select({
        id: programmeWeeks.id,
        runId: programmeRuns.id,
        runTitle: programmeRuns.title,
        plan: programmeRuns.weeks,
        weekNumber: programmeWeeks.weekNumber,
        startsOn: programmeWeeks.startsOn,
        endsOn: programmeWeeks.endsOn,
        status: programmeWeeks.status,
      })
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
          eq(programmeWeeks.coupleId, sql.placeholder("coupleId")),
          eq(programmeWeeks.practiceId, sql.placeholder("practiceId")),
        ),
      )
      .orderBy(asc(programmeRuns.createdAt), asc(programmeWeeks.weekNumber)),
  );
  const rows = await query.execute({ practiceId, coupleId });
  return rows.map(({ plan, ...row }) => ({
    ...row,
    weekCount: plan.length,
    title: plan[row.weekNumber - 1]?.title ?? "",
  }));
}
