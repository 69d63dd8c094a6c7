import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { type ScheduledWeek, weekOn } from "~/domain/programme-schedule";
import type { ProgrammeWeekPlan } from "~/domain/programmes";
import type { Executor } from "~/server/db/client";
import {
  programmeRuns,
  programmeWeeks,
  type ProgrammeRun,
  type ProgrammeWeek,
} from "~/server/db/schema";

/**
 * Reading a couple's programmes: for the couple page, the partner's home ("Week 3 of 6"), the
 * timeline's bands and the week-6 review. Callers have already checked the couple is theirs to
 * see (staff: findVisibleCouple; partners: their session's couple); these only scope by practice.
 */

export interface CoupleRef {
  practiceId: string;
  coupleId: string;
}

export interface RunWithWeeks {
  run: ProgrammeRun;
  /** in week order */
  weeks: ProgrammeWeek[];
}

/** Every programme the couple has had, newest first, each with its weeks. */
export async function programmeRunsForCouple(
  db: Executor,
  ref: CoupleRef,
): Promise<RunWithWeeks[]> {
  const runs = await db
    .select()
    .from(programmeRuns)
    .where(
      and(eq(programmeRuns.practiceId, ref.practiceId), eq(programmeRuns.coupleId, ref.coupleId)),
    )
    .orderBy(desc(programmeRuns.createdAt));
  if (runs.length === 0) return [];
  const weeks = await db
    .select()
    .from(programmeWeeks)
    .where(
      and(
        eq(programmeWeeks.practiceId, ref.practiceId),
        inArray(
          programmeWeeks.runId,
          runs.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(programmeWeeks.weekNumber));
  return runs.map((run) => ({ run, weeks: weeks.filter((w) => w.runId === run.id) }));
}

/** @public The couple's running (active or paused) programme, or null (for the partner's home). */
export async function runningProgramme(db: Executor, ref: CoupleRef): Promise<RunWithWeeks | null> {
  const all = await programmeRunsForCouple(db, ref);
  return all.find((r) => r.run.status === "active" || r.run.status === "paused") ?? null;
}

export interface ProgrammeWeekNow {
  run: ProgrammeRun;
  week: ProgrammeWeek;
  /** the week's title, intention and homework, as copied into the run */
  plan: ProgrammeWeekPlan;
  /** "Week 3 of 6": the week's place in the plan and the plan's length */
  number: number;
  of: number;
}

/** Where a run stands on a local date ("YYYY-MM-DD" in the couple's zone): its week, or null. */
export function weekOfRun(runWithWeeks: RunWithWeeks, date: string): ProgrammeWeekNow | null {
  const { run, weeks } = runWithWeeks;
  const week = weekOn(weeks as (ProgrammeWeek & ScheduledWeek)[], date);
  const plan = week ? run.weeks[week.weekNumber - 1] : undefined;
  if (!week || !plan) return null;
  return { run, week, plan, number: week.weekNumber, of: run.weeks.length };
}

/**
 * The couple's programme week on a local date: the week (of any of their programmes, the newest
 * first) that the date falls in, or null (no programme then, or a gap before, between or after).
 * A stopped programme's weeks that had begun still count for the days they ran.
 */
export async function coupleProgrammeWeekOn(
  db: Executor,
  ref: CoupleRef,
  date: string,
): Promise<ProgrammeWeekNow | null> {
  for (const run of await programmeRunsForCouple(db, ref)) {
    const now = weekOfRun(run, date);
    if (now) return now;
  }
  return null;
}
