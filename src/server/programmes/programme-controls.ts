import { and, asc, eq, gte, inArray, isNull, or } from "drizzle-orm";
import {
  extendCurrent,
  pausedDays,
  programmeToday,
  resumeShift,
  skipWeek,
  stopWeeks,
  type WeekChange,
  weekOn,
} from "~/domain/programme-schedule";
import type { ProgrammeStatus } from "~/domain/programmes";
import type { AuditAction } from "~/server/audit/audit-actions";
import { recordAudit } from "~/server/audit/record-audit";
import { visibleCouples } from "~/server/couples/visibility";
import type { Database, Transaction } from "~/server/db/client";
import {
  assignments,
  couples,
  programmeRuns,
  programmeWeeks,
  type ProgrammeRun,
  type ProgrammeWeek,
} from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { assignDueWeeksNow } from "./assign-weeks";
import type { CoupleStatus } from "~/domain/couple";

/**
 * The therapist's controls on a running programme: pause, resume, skip a week, give a week seven
 * more days, stop. Each locks the run (as the worker does before assigning a week), changes the
 * weeks' dates through the pure schedule rules, and is audited without clinical text.
 */

interface Locked {
  run: ProgrammeRun;
  coupleStatus: CoupleStatus;
  weeks: ProgrammeWeek[];
  timeZone: string;
  today: string;
}

const RUNNING: ProgrammeStatus[] = ["active", "paused"];

async function lockRun(
  tx: Transaction,
  scope: PracticeScope,
  runId: string,
  now: Date,
): Promise<Locked> {
  const [found] = await tx
    .select({ run: programmeRuns, timeZone: couples.timeZone, coupleStatus: couples.status })
    .from(programmeRuns)
    .innerJoin(couples, eq(couples.id, programmeRuns.coupleId))
    .where(
      and(
        eq(programmeRuns.id, runId),
        eq(programmeRuns.practiceId, scope.practiceId),
        visibleCouples(scope),
      ),
    )
    .for("update", { of: programmeRuns });
  if (!found) throw notFound("That programme");
  const weeks = await tx
    .select()
    .from(programmeWeeks)
    .where(and(eq(programmeWeeks.runId, runId), eq(programmeWeeks.practiceId, scope.practiceId)))
    .orderBy(asc(programmeWeeks.weekNumber));
  return { ...found, weeks, today: programmeToday(now, found.timeZone) };
}

function refuseUnless(run: ProgrammeRun, allowed: ProgrammeStatus[], message: string) {
  if (!allowed.includes(run.status)) throw new DomainError("BAD_REQUEST", message);
}

const notRunning = "This programme has already ended.";

/** Skip and extend change dates counted from today: while paused, resume first. */
function pausedOrEnded(run: ProgrammeRun) {
  return run.status === "paused"
    ? "This programme is paused. Resume it first, then skip or extend a week."
    : notRunning;
}

/** Write new dates and statuses; the homework of a week whose end moved ends with it. */
async function applyChanges(tx: Transaction, locked: Locked, changes: WeekChange[], now: Date) {
  for (const change of changes) {
    const before = locked.weeks.find((w) => w.weekNumber === change.weekNumber);
    if (!before) continue;
    await tx
      .update(programmeWeeks)
      .set({
        startsOn: change.startsOn,
        endsOn: change.endsOn,
        status: change.status,
        updatedAt: now,
      })
      .where(
        and(eq(programmeWeeks.id, before.id), eq(programmeWeeks.practiceId, before.practiceId)),
      );
    if (before.status === "assigned" && change.endsOn !== before.endsOn) {
      await moveHomeworkEnd(tx, before, change.endsOn, now);
    }
  }
}

/** Homework that ended with the week (until its last day) now ends on the week's new last day. */
async function moveHomeworkEnd(tx: Transaction, week: ProgrammeWeek, endsOn: string, now: Date) {
  const ofWeek = and(
    eq(assignments.practiceId, week.practiceId),
    eq(assignments.programmeWeekId, week.id),
  );
  await tx
    .update(assignments)
    .set({ untilOn: endsOn, updatedAt: now })
    .where(and(ofWeek, eq(assignments.untilOn, week.endsOn)));
  await tx
    .update(assignments)
    .set({ dueOn: endsOn, updatedAt: now })
    .where(and(ofWeek, eq(assignments.dueOn, week.endsOn)));
}

/** Cancel the open homework of some weeks (skipped or stopped). */
async function cancelHomework(tx: Transaction, weeks: ProgrammeWeek[], today: string, now: Date) {
  if (weeks.length === 0) return;
  await tx
    .update(assignments)
    .set({ status: "cancelled", updatedAt: now })
    .where(
      and(
        eq(assignments.practiceId, weeks[0]!.practiceId),
        inArray(
          assignments.programmeWeekId,
          weeks.map((w) => w.id),
        ),
        inArray(assignments.status, ["active", "paused"]),
        or(isNull(assignments.untilOn), gte(assignments.untilOn, today)),
      ),
    );
}

async function setStatus(
  tx: Transaction,
  run: ProgrammeRun,
  status: ProgrammeStatus,
  now: Date,
  extra: { pausedAt?: Date | null; endedAt?: Date | null } = {},
) {
  await tx
    .update(programmeRuns)
    .set({ status, updatedAt: now, ...extra })
    .where(and(eq(programmeRuns.id, run.id), eq(programmeRuns.practiceId, run.practiceId)));
}

async function audit(
  tx: Transaction,
  scope: PracticeScope,
  run: ProgrammeRun,
  action: AuditAction,
  details: Record<string, unknown> = {},
) {
  await recordAudit(
    tx,
    scope,
    action,
    { type: "programme_run", id: run.id, coupleId: run.coupleId },
    details,
  );
}

type Control = (tx: Transaction, locked: Locked, now: Date) => Promise<Record<string, unknown>>;

/** Lock, change, audit; then assign any week that the change makes begin today. */
async function control(
  db: Database,
  scope: PracticeScope,
  runId: string,
  action: AuditAction,
  change: Control,
  now: Date,
) {
  await db.transaction(async (tx) => {
    const locked = await lockRun(tx, scope, runId, now);
    const details = await change(tx, locked, now);
    await audit(tx, scope, locked.run, action, details);
  });
  await assignDueWeeksNow(db, runId, now);
}

/** No week starts while paused; homework already given carries on. */
const pauseChange: Control = async (tx, { run }, now) => {
  refuseUnless(
    run,
    ["active"],
    run.status === "paused" ? "This programme is already paused." : notRunning,
  );
  await setStatus(tx, run, "paused", now, { pausedAt: now });
  return {};
};

export function pauseProgramme(
  db: Database,
  scope: PracticeScope,
  runId: string,
  now = new Date(),
) {
  return control(db, scope, runId, "programme_run.paused", pauseChange, now);
}

/** Weeks not yet begun start later by the whole days paused; the week in hand lasts longer. */
export function resumeProgramme(
  db: Database,
  scope: PracticeScope,
  runId: string,
  now = new Date(),
) {
  return control(
    db,
    scope,
    runId,
    "programme_run.resumed",
    async (tx, locked) => {
      const { run } = locked;
      refuseUnless(
        run,
        ["paused"],
        run.status === "active" ? "This programme is not paused." : notRunning,
      );
      if (locked.coupleStatus !== "active") {
        throw new DomainError(
          "BAD_REQUEST",
          "This couple is paused. Set them back to active, then resume the programme.",
        );
      }
      const pausedAt = run.pausedAt ?? now;
      const days = pausedDays(pausedAt, now, locked.timeZone);
      await applyChanges(
        tx,
        locked,
        resumeShift(locked.weeks, programmeToday(pausedAt, locked.timeZone), days),
        now,
      );
      await setStatus(tx, run, "active", now, { pausedAt: null });
      return { days };
    },
    now,
  );
}

/** Skip this week (the next begins today) or the next one (the later weeks move earlier). */
export function skipProgrammeWeek(
  db: Database,
  scope: PracticeScope,
  args: { runId: string; which: "current" | "next" },
  now = new Date(),
) {
  return control(
    db,
    scope,
    args.runId,
    "programme_run.week_skipped",
    async (tx, locked) => {
      refuseUnless(locked.run, ["active"], pausedOrEnded(locked.run));
      const changes = skipWeek(locked.weeks, locked.today, args.which);
      if (!changes) {
        throw new DomainError(
          "BAD_REQUEST",
          args.which === "current"
            ? "No week is under way to skip."
            : "There is no week still to come to skip.",
        );
      }
      const skipped = changes.find((c) => c.status === "skipped")!;
      const skippedWeek = locked.weeks.find((w) => w.weekNumber === skipped.weekNumber)!;
      // Cancel first: once the week's end moves to yesterday its homework no longer looks open.
      if (args.which === "current") await cancelHomework(tx, [skippedWeek], locked.today, now);
      await applyChanges(tx, locked, changes, now);
      return { week: skipped.weekNumber, which: args.which };
    },
    now,
  );
}

/** Seven more days for the week under way; every later week starts seven days later. */
export function extendProgrammeWeek(
  db: Database,
  scope: PracticeScope,
  runId: string,
  now = new Date(),
) {
  return control(
    db,
    scope,
    runId,
    "programme_run.week_extended",
    async (tx, locked) => {
      refuseUnless(locked.run, ["active"], pausedOrEnded(locked.run));
      const changes = extendCurrent(locked.weeks, locked.today);
      if (!changes) throw new DomainError("BAD_REQUEST", "No week is under way to extend.");
      await applyChanges(tx, locked, changes, now);
      return { week: changes[0]!.weekNumber, days: 7 };
    },
    now,
  );
}

/** Stop: weeks not yet begun are cancelled and the programme's open homework ends. */
const stopChange: Control = async (tx, locked, now) => {
  refuseUnless(locked.run, RUNNING, notRunning);
  const current = weekOn(locked.weeks, locked.today);
  await applyChanges(tx, locked, stopWeeks(locked.weeks, locked.today), now);
  await cancelHomework(tx, locked.weeks, locked.today, now);
  await setStatus(tx, locked.run, "stopped", now, { endedAt: now, pausedAt: null });
  return { week: current?.weekNumber ?? null };
};

export function stopProgramme(db: Database, scope: PracticeScope, runId: string, now = new Date()) {
  return control(db, scope, runId, "programme_run.stopped", stopChange, now);
}

/**
 * The couple's running programme follows the couple, in the same transaction as its status:
 * pausing the couple pauses it (the therapist resumes it when ready, and the weeks still to come
 * move later by the days paused); discharging stops it, so nothing begins or is emailed later and
 * a couple set back to active is not given every overdue week at once.
 */
export async function followCoupleStatus(
  tx: Transaction,
  scope: PracticeScope,
  args: { coupleId: string; status: CoupleStatus },
  now = new Date(),
) {
  if (args.status === "active") return;
  const [running] = await tx
    .select({ id: programmeRuns.id, status: programmeRuns.status })
    .from(programmeRuns)
    .where(
      and(
        eq(programmeRuns.coupleId, args.coupleId),
        eq(programmeRuns.practiceId, scope.practiceId),
        inArray(programmeRuns.status, RUNNING),
      ),
    );
  if (!running || (args.status === "paused" && running.status !== "active")) return;
  const locked = await lockRun(tx, scope, running.id, now);
  // Read again under the lock: the scan may have finished it, or a therapist paused it, since.
  const still = locked.run.status;
  if (!RUNNING.includes(still) || (args.status === "paused" && still !== "active")) return;
  const [change, action]: [Control, AuditAction] =
    args.status === "paused"
      ? [pauseChange, "programme_run.paused"]
      : [stopChange, "programme_run.stopped"];
  const details = await change(tx, locked, now);
  await audit(tx, scope, locked.run, action, { ...details, withCouple: args.status });
}
