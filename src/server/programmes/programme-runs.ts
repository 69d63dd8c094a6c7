import { and, eq } from "drizzle-orm";
import { builtInProgramme } from "~/domain/builtin-programmes";
import { planWeeks, programmeToday } from "~/domain/programme-schedule";
import { daysBetween } from "~/timeline/weeks";
import { recordAudit } from "~/server/audit/record-audit";
import { assertPracticeInGoodStanding } from "~/server/billing/billing-state";
import { visibleCouples } from "~/server/couples/visibility";
import type { Database, Executor } from "~/server/db/client";
import { couples, programmeRuns, programmeWeeks } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { assignDueWeeksNow } from "./assign-weeks";
import { latestProgramme } from "./programme-library";

/** How far ahead a programme may be set to start. */
const LATEST_START_DAYS = 366;

async function resolveProgramme(
  db: Executor,
  scope: PracticeScope,
  choice: { builtinKey: string } | { familyId: string },
) {
  if ("builtinKey" in choice) {
    const builtIn = builtInProgramme(choice.builtinKey);
    if (!builtIn) throw notFound("That programme");
    return { templateId: null, builtinKey: builtIn.key, source: builtIn.key, ...builtIn };
  }
  const own = await latestProgramme(db, scope, choice.familyId);
  return { templateId: own.id, builtinKey: null, source: own.familyId, ...own };
}

/**
 * Start a programme for a couple on a day (in the couple's zone): the run keeps a copy of the
 * weeks and the version it started with, and every week gets its dates. A week starting today is
 * assigned at once.
 */
export async function startProgramme(
  db: Database,
  scope: PracticeScope,
  input: {
    coupleId: string;
    programme: { builtinKey: string } | { familyId: string };
    startsOn: string;
  },
  now = new Date(),
) {
  const run = await db.transaction(async (tx) => {
    const [couple] = await tx
      .select({ id: couples.id, timeZone: couples.timeZone, status: couples.status })
      .from(couples)
      .where(and(eq(couples.id, input.coupleId), visibleCouples(scope)))
      .for("no key update", { of: couples });
    if (!couple) throw notFound("That couple");
    if (couple.status === "discharged") {
      throw new DomainError(
        "BAD_REQUEST",
        "This couple has been discharged. Set them back to active to start a programme.",
      );
    }
    if (couple.status === "paused") {
      throw new DomainError(
        "BAD_REQUEST",
        "This couple is paused. Set them back to active to start a programme.",
      );
    }
    await assertPracticeInGoodStanding(tx, scope.practiceId);
    const programme = await resolveProgramme(tx, scope, input.programme);
    const today = programmeToday(now, couple.timeZone);
    if (input.startsOn < today) {
      throw new DomainError("BAD_REQUEST", "Choose today or a later day.", "startsOn");
    }
    if (daysBetween(today, input.startsOn) > LATEST_START_DAYS) {
      throw new DomainError("BAD_REQUEST", "Choose a day within the next year.", "startsOn");
    }
    const [row] = await tx
      .insert(programmeRuns)
      .values({
        practiceId: scope.practiceId,
        coupleId: couple.id,
        templateId: programme.templateId,
        builtinKey: programme.builtinKey,
        templateVersion: programme.version,
        title: programme.title,
        weeks: programme.weeks,
        startsOn: input.startsOn,
        startedByUserId: scope.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      throw new DomainError(
        "CONFLICT",
        "This couple already has a programme running. Stop it before starting another.",
      );
    }
    await tx.insert(programmeWeeks).values(
      planWeeks(input.startsOn, programme.weeks.length).map((w) => ({
        practiceId: scope.practiceId,
        coupleId: couple.id,
        runId: row.id,
        weekNumber: w.weekNumber,
        startsOn: w.startsOn,
        endsOn: w.endsOn,
      })),
    );
    await recordAudit(
      tx,
      scope,
      "programme_run.started",
      { type: "programme_run", id: row.id, coupleId: couple.id },
      {
        programme: programme.source,
        version: programme.version,
        weeks: programme.weeks.length,
        startsOn: input.startsOn,
      },
    );
    return row;
  });
  await assignDueWeeksNow(db, run.id, now);
  return run;
}
