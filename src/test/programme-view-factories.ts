import type { ProgrammeStatus, ProgrammeWeekPlan, ProgrammeWeekStatus } from "~/domain/programmes";
import type { Database } from "~/server/db/client";
import { programmeRuns, programmeWeeks } from "~/server/db/schema";
import { addDays } from "~/timeline/weeks";

/** A six-week plan with short names and intentions (no homework: the rows are written directly). */
const sixWeekPlan: ProgrammeWeekPlan[] = [
  "Noticing where we are",
  "Small rituals",
  "Feeling safe together",
  "Hurts and repairs",
  "Small wins",
  "Looking back, looking ahead",
].map((title, i) => ({
  title,
  intention: `Intention of week ${i + 1}: ${title.toLowerCase()}.`,
  homework: [],
}));

/**
 * A programme run written straight into the tables, as the programme engine leaves it: six
 * seven-day weeks from `startsOn`; weeks that have begun by `today` assigned unless given a status.
 */
export async function seedProgrammeRun(
  db: Database,
  o: {
    practiceId: string;
    coupleId: string;
    startedByUserId: string;
    startsOn: string;
    today: string;
    status?: ProgrammeStatus;
    weekStatuses?: Partial<Record<number, ProgrammeWeekStatus>>;
    plan?: ProgrammeWeekPlan[];
  },
) {
  const plan = o.plan ?? sixWeekPlan;
  const [run] = await db
    .insert(programmeRuns)
    .values({
      practiceId: o.practiceId,
      coupleId: o.coupleId,
      builtinKey: "six-week-reconnect",
      templateVersion: 1,
      title: "Six weeks to reconnect",
      weeks: plan,
      startsOn: o.startsOn,
      status: o.status ?? "active",
      pausedAt: o.status === "paused" ? new Date() : null,
      startedByUserId: o.startedByUserId,
    })
    .returning();
  const weeks = await db
    .insert(programmeWeeks)
    .values(
      plan.map((_, i) => {
        const startsOn = addDays(o.startsOn, 7 * i);
        const begun = startsOn <= o.today;
        return {
          practiceId: o.practiceId,
          coupleId: o.coupleId,
          runId: run!.id,
          weekNumber: i + 1,
          startsOn,
          endsOn: addDays(startsOn, 6),
          status:
            o.weekStatuses?.[i + 1] ?? (begun ? ("assigned" as const) : ("scheduled" as const)),
          assignedAt: begun ? new Date() : null,
        };
      }),
    )
    .returning();
  return { run: run!, weeks };
}
