import type { ProgrammeStatus, ProgrammeWeekPlan, ProgrammeWeekStatus } from "~/domain/programmes";

/** Where a couple is in their running programme, as the partners' home says it. */
export interface ProgrammeNow {
  weekNumber: number;
  weekCount: number;
  title: string;
  intention: string;
  /** the therapist paused the programme: the home says so, kindly */
  paused: boolean;
  /** the week has not begun yet (the programme starts later): it begins on startsOn */
  upcoming: boolean;
  startsOn: string;
  endsOn: string;
}

interface RunWeek {
  weekNumber: number;
  startsOn: string;
  endsOn: string;
  status: ProgrammeWeekStatus;
}

/**
 * The week a running programme is in on `today` (a local date): the latest week that has begun
 * and was not skipped or cancelled; before the first week, that week, marked upcoming. Unlike the
 * engine's weekOfRun, a paused run keeps its week after the week's dates pass (the dates move on
 * resuming), so the home never goes blank mid-programme. Null when the run is over.
 */
export function programmeNow(
  run: { status: ProgrammeStatus; plan: readonly ProgrammeWeekPlan[]; weeks: readonly RunWeek[] },
  today: string,
): ProgrammeNow | null {
  if (run.status !== "active" && run.status !== "paused") return null;
  const open = run.weeks
    .filter((week) => week.status === "scheduled" || week.status === "assigned")
    .sort((a, b) => a.weekNumber - b.weekNumber);
  // While paused, the worker assigns nothing: a week whose day came during the pause has not begun.
  const paused = run.status === "paused";
  const begun = open.filter(
    (week) => week.startsOn <= today && (!paused || week.status === "assigned"),
  );
  const week = begun.at(-1) ?? open[0];
  if (!week) return null;
  const plan = run.plan[week.weekNumber - 1];
  return {
    weekNumber: week.weekNumber,
    weekCount: run.plan.length,
    title: plan?.title ?? "",
    intention: plan?.intention ?? "",
    paused,
    upcoming: begun.length === 0,
    startsOn: week.startsOn,
    endsOn: week.endsOn,
  };
}
