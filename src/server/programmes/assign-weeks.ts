import { and, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { homeworkKinds } from "~/homework/registry";
import { addDays } from "~/timeline/weeks";
import { isOver, programmeToday } from "~/domain/programme-schedule";
import type { ProgrammeHomework } from "~/domain/programmes";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import {
  assignments,
  couples,
  partners,
  programmeRuns,
  programmeWeeks,
  safetyFlags,
  type ProgrammeRun,
  type ProgrammeWeek,
} from "~/server/db/schema";
import { queueHomeworkEmail } from "~/server/email/outbox";
import { DomainError } from "~/server/errors";
import { latestTemplateOrNull } from "./template-wording";
import { takePracticeEmailAllowance } from "~/server/rate-limit/email-allowance";
import { practiceStanding } from "~/server/billing/billing-state";
import { logSafeError } from "~/server/log-safe-error";

/**
 * While a safety flag on the couple is open, no week begins: new homework and its email wait for
 * the therapist, who has a partner at risk to attend to first. The weeks begin once it is closed.
 */
const noOpenSafetyFlag = sql`not exists (
  select 1 from ${safetyFlags}
  where ${safetyFlags.coupleId} = ${couples.id} and ${safetyFlags.practiceId} = ${couples.practiceId}
    and ${safetyFlags.closedAt} is null)`;

const runOfWeek = and(
  eq(programmeRuns.id, programmeWeeks.runId),
  eq(programmeRuns.practiceId, programmeWeeks.practiceId),
);
const coupleOfWeek = and(
  eq(couples.id, programmeWeeks.coupleId),
  eq(couples.practiceId, programmeWeeks.practiceId),
);
/** Looked for by the scan and checked again under the run's lock before a week begins. */
const mayBegin = and(
  eq(programmeRuns.status, "active"),
  eq(couples.status, "active"),
  noOpenSafetyFlag,
);

export interface ScanOptions {
  now?: Date;
  /** only this run (right after a therapist starts, resumes or skips) */
  runId?: string;
  /** tests only: runs inside a week's transaction right after it is flipped (throw = a crash) */
  afterFlip?: (weekId: string) => Promise<void>;
}

/**
 * Assign every programme week whose first day has come in its couple's zone, then mark runs whose
 * last week has ended as finished. Safe to run from any number of workers at once, and again after
 * a crash: each week is flipped from scheduled to assigned in the same transaction that inserts its
 * homework, under a lock on its run, so a week is assigned exactly once.
 */
export async function assignDueWeeks(
  db: Database,
  options: ScanOptions = {},
): Promise<{ assigned: number; finished: number }> {
  const now = options.now ?? new Date();
  const due = await db
    .select({ id: programmeWeeks.id, runId: programmeWeeks.runId })
    .from(programmeWeeks)
    .innerJoin(programmeRuns, runOfWeek)
    .innerJoin(couples, coupleOfWeek)
    .where(
      and(
        eq(programmeWeeks.status, "scheduled"),
        mayBegin,
        // Loosely here (no zone is ahead of UTC by more than a day), exactly per couple's zone in
        // JavaScript under the run's lock: a zone PostgreSQL does not know cannot stop the scan.
        lte(programmeWeeks.startsOn, addDays(now.toISOString().slice(0, 10), 1)),
        options.runId ? eq(programmeRuns.id, options.runId) : undefined,
      ),
    )
    .orderBy(programmeWeeks.startsOn, programmeWeeks.weekNumber);
  let assigned = 0;
  let firstError: unknown;
  const failedRuns = new Set<string>();
  for (const week of due) {
    // A week that fails rolls back and stays scheduled; other couples' weeks still begin, and the
    // same run's later weeks wait for it, so weeks always begin in order.
    if (failedRuns.has(week.runId)) continue;
    try {
      if (await assignWeek(db, week.id, now, options.afterFlip)) assigned += 1;
    } catch (error) {
      failedRuns.add(week.runId);
      firstError ??= error;
    }
  }
  const finished = await finishEndedRuns(db, now, options.runId);
  if (firstError !== undefined) {
    throw firstError instanceof Error ? firstError : new Error("programme week scan failed");
  }
  return { assigned, finished };
}

/**
 * Right after a therapist's change (a start, a resume, a skip) that may make a week begin today.
 * The change is already saved: a failure here is logged, not shown to the therapist as if the
 * change had failed, and the worker's next scan (at most 15 minutes later) begins the week.
 */
export async function assignDueWeeksNow(db: Database, runId: string, now: Date): Promise<void> {
  try {
    await assignDueWeeks(db, { runId, now });
  } catch (error) {
    console.error(`[programmes] a week will begin at the next scan: ${logSafeError(error)}`);
  }
}

/** One week, one transaction: false when another worker got there first or the run is not going. */
async function assignWeek(
  db: Database,
  weekId: string,
  now: Date,
  afterFlip?: (weekId: string) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    // The run first, as the therapist's controls do, so a pause or stop and a scan never interleave.
    const [found] = await tx
      .select({ run: programmeRuns, timeZone: couples.timeZone })
      .from(programmeWeeks)
      .innerJoin(programmeRuns, runOfWeek)
      .innerJoin(couples, coupleOfWeek)
      .where(and(eq(programmeWeeks.id, weekId), mayBegin))
      .for("update", { of: programmeRuns });
    if (!found) return false;
    // A practice restricted for billing gives no new homework, as a therapist's assigning would
    // not; the week waits and begins once the practice is back in good standing.
    if ((await practiceStanding(tx, found.run.practiceId)).kind === "restricted") return false;
    const today = programmeToday(now, found.timeZone);
    const [week] = await tx
      .update(programmeWeeks)
      .set({ status: "assigned", assignedAt: now, updatedAt: now })
      .where(
        and(
          eq(programmeWeeks.id, weekId),
          eq(programmeWeeks.status, "scheduled"),
          lte(programmeWeeks.startsOn, today),
        ),
      )
      .returning();
    if (!week) return false;
    if (week.endsOn < today) {
      // Held (the couple paused, a safety flag open, the worker down) until after its last day:
      // homework for days already gone would only say "overdue". It is skipped, and said so.
      await tx
        .update(programmeWeeks)
        .set({ status: "skipped", assignedAt: null })
        .where(and(eq(programmeWeeks.id, week.id), eq(programmeWeeks.practiceId, week.practiceId)));
      await recordAudit(
        tx,
        actorWithoutAccount(found.run.practiceId),
        "programme_run.week_skipped",
        { type: "programme_run", id: found.run.id, coupleId: found.run.coupleId },
        { week: week.weekNumber, which: "over before it could begin" },
      );
      return false;
    }
    await afterFlip?.(week.id);
    await endEarlierWeeks(tx, found.run, week);
    const plan = found.run.weeks[week.weekNumber - 1];
    for (const homework of plan?.homework ?? []) {
      await insertAssignment(tx, found.run, week, homework);
    }
    await emailPartners(tx, found.run, plan?.homework ?? []);
    await recordAudit(
      tx,
      actorWithoutAccount(found.run.practiceId),
      "programme_run.week_assigned",
      { type: "programme_run", id: found.run.id, coupleId: found.run.coupleId },
      { week: week.weekNumber, homework: plan?.homework.length ?? 0 },
    );
    return true;
  });
}

/**
 * A new week ends the homework of the weeks before it (their last day becomes the day before this
 * one starts), except homework the therapist kept going (its end date cleared).
 */
async function endEarlierWeeks(tx: Executor, run: ProgrammeRun, week: ProgrammeWeek) {
  const earlier = tx
    .select({ id: programmeWeeks.id })
    .from(programmeWeeks)
    .where(
      and(eq(programmeWeeks.runId, run.id), sql`${programmeWeeks.weekNumber} < ${week.weekNumber}`),
    );
  const dayBefore = addDays(week.startsOn, -1);
  await tx
    .update(assignments)
    .set({ untilOn: dayBefore, updatedAt: new Date() })
    .where(
      and(
        eq(assignments.practiceId, run.practiceId),
        inArray(assignments.programmeWeekId, earlier),
        eq(assignments.status, "active"),
        isNotNull(assignments.untilOn),
        gte(assignments.untilOn, week.startsOn),
      ),
    );
}

async function insertAssignment(
  tx: Executor,
  run: ProgrammeRun,
  week: ProgrammeWeek,
  homework: ProgrammeHomework,
) {
  const template = homework.templateFamilyId
    ? await latestTemplateOrNull(tx, run.practiceId, homework.templateFamilyId, homework.kind)
    : null;
  await tx.insert(assignments).values({
    practiceId: run.practiceId,
    coupleId: run.coupleId,
    kind: homework.kind,
    templateId: template?.id ?? null,
    title: template?.title ?? homeworkKinds[homework.kind].title,
    partnerPositions: homework.partnerPositions,
    cadence: homework.cadence,
    // A due date asks for one entry by then; repeating homework runs until the week's last day.
    dueOn: homework.cadence === "once" ? week.endsOn : null,
    untilOn: week.endsOn,
    note: homework.note ?? null,
    programmeWeekId: week.id,
    assignedByUserId: run.startedByUserId,
  });
}

/** One "you have homework" email per partner per sitting, through the usual batched path. */
async function emailPartners(tx: Executor, run: ProgrammeRun, homework: ProgrammeHomework[]) {
  const positions = [...new Set(homework.flatMap((h) => h.partnerPositions))];
  if (positions.length === 0) return;
  const recipients = await tx
    .select({ id: partners.id, email: partners.email, paused: partners.linksPausedAt })
    .from(partners)
    .where(
      and(
        eq(partners.coupleId, run.coupleId),
        eq(partners.practiceId, run.practiceId),
        inArray(partners.position, positions),
      ),
    );
  for (const partner of recipients) {
    if (!partner.email || partner.paused) continue;
    const email = partner.email;
    try {
      // In a savepoint: over the practice's allowance, the queued email is taken back with it.
      await tx.transaction(async (savepoint) => {
        const { queued } = await queueHomeworkEmail(savepoint, {
          practiceId: run.practiceId,
          to: email,
          partnerId: partner.id,
        });
        if (!queued) return;
        await takePracticeEmailAllowance(savepoint, {
          practiceId: run.practiceId,
          to: email,
          kind: "homework",
        });
      });
    } catch (error) {
      // Over the allowance: the homework still begins, unannounced; the partner sees it next visit.
      if (!(error instanceof DomainError)) throw error;
    }
  }
}

/** Runs past their last week: finished, so the couple can start another. */
async function finishEndedRuns(db: Database, now: Date, runId?: string): Promise<number> {
  const candidates = await db
    .select({ id: programmeRuns.id, timeZone: couples.timeZone })
    .from(programmeRuns)
    .innerJoin(couples, eq(couples.id, programmeRuns.coupleId))
    .where(
      and(
        eq(programmeRuns.status, "active"),
        runId ? eq(programmeRuns.id, runId) : undefined,
        sql`not exists (select 1 from ${programmeWeeks} w where w.run_id = ${programmeRuns.id} and w.status = 'scheduled')`,
      ),
    );
  let finished = 0;
  for (const candidate of candidates) {
    const done = await db.transaction(async (tx) => {
      const [run] = await tx
        .select()
        .from(programmeRuns)
        .where(and(eq(programmeRuns.id, candidate.id), eq(programmeRuns.status, "active")))
        .for("update");
      if (!run) return false;
      const weeks = await tx.select().from(programmeWeeks).where(eq(programmeWeeks.runId, run.id));
      if (!isOver(weeks, programmeToday(now, candidate.timeZone))) return false;
      await tx
        .update(programmeRuns)
        .set({ status: "finished", endedAt: now, updatedAt: now })
        .where(and(eq(programmeRuns.id, run.id), eq(programmeRuns.practiceId, run.practiceId)));
      await recordAudit(
        tx,
        actorWithoutAccount(run.practiceId),
        "programme_run.finished",
        { type: "programme_run", id: run.id, coupleId: run.coupleId },
        { weeks: weeks.length },
      );
      return true;
    });
    if (done) finished += 1;
  }
  return finished;
}
