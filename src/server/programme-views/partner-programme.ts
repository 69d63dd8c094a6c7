import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { couples, programmeRuns, programmeWeeks } from "~/server/db/schema";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import { programmeNow, type ProgrammeNow } from "~/timeline/programme-now";
import { localDateOf } from "~/timeline/weeks";

/**
 * The partner's couple's running (or paused) programme and the week it is in today, in the
 * couple's time zone (the one the weeks are dated in). Null when no programme is running.
 */
export async function partnerProgramme(
  db: Executor,
  scope: PartnerScope,
  now: Date,
): Promise<ProgrammeNow | null> {
  const [run] = await db
    .select({
      id: programmeRuns.id,
      status: programmeRuns.status,
      plan: programmeRuns.weeks,
      timeZone: couples.timeZone,
    })
    .from(programmeRuns)
    .innerJoin(
      couples,
      and(eq(couples.id, programmeRuns.coupleId), eq(couples.practiceId, programmeRuns.practiceId)),
    )
    .where(
      and(
        eq(programmeRuns.coupleId, scope.coupleId),
        eq(programmeRuns.practiceId, scope.practiceId),
        inArray(programmeRuns.status, ["active", "paused"]),
      ),
    )
    .limit(1);
  if (!run) return null;
  const weeks = await db
    .select({
      weekNumber: programmeWeeks.weekNumber,
      startsOn: programmeWeeks.startsOn,
      endsOn: programmeWeeks.endsOn,
      status: programmeWeeks.status,
    })
    .from(programmeWeeks)
    .where(and(eq(programmeWeeks.runId, run.id), eq(programmeWeeks.practiceId, scope.practiceId)))
    .orderBy(asc(programmeWeeks.weekNumber));
  return programmeNow({ ...run, weeks }, localDateOf(now, run.timeZone));
}
