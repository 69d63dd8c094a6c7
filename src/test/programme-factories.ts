import { and, asc, eq } from "drizzle-orm";
import type { Database } from "~/server/db/client";
import { assignments, auditEvents, programmeRuns, programmeWeeks } from "~/server/db/schema";
import type { PracticeScope } from "~/server/practices/scope";
import type { ProgrammePlanDraft } from "~/validation/programmes";
import type { seedPractice } from "./factories";

type Practice = Awaited<ReturnType<typeof seedPractice>>;

/** A short plan of the first kinds, for tests that need no particular programme. */
export const threeWeekPlan: ProgrammePlanDraft = {
  title: "Three quiet weeks",
  summary: "A test plan.",
  weeks: [
    {
      title: "Taking stock",
      intention: "Notice how things are.",
      homework: [
        { kind: "soft_checkin", cadence: "weekly", partnerPositions: [1, 2] },
        { kind: "csi4", cadence: "once", partnerPositions: [1, 2] },
      ],
    },
    {
      title: "Small hurts",
      intention: "Write down small hurts as they happen.",
      homework: [{ kind: "micro_hurt", cadence: "whenever", partnerPositions: [1] }],
    },
    {
      title: "Turning toward",
      intention: "Notice each other's bids.",
      homework: [{ kind: "bid", cadence: "whenever", partnerPositions: [1, 2] }],
    },
  ],
};

/** A practice programme family holding `plan`, made through the API by the practice's owner. */
export async function practiceProgramme(p: Practice, plan: ProgrammePlanDraft = threeWeekPlan) {
  const copy = await p.owner.api.programmes.copy({
    practiceId: p.practiceId,
    from: { builtinKey: "six-week-reconnect" },
  });
  await p.owner.api.programmes.revise({
    practiceId: p.practiceId,
    familyId: copy.familyId,
    ...plan,
  });
  return copy.familyId;
}

export function therapistScope(p: Practice): PracticeScope {
  return { practiceId: p.practiceId, userId: p.therapist.user.id, role: "therapist" };
}

/** A run's row, its weeks in order and every assignment its weeks gave. */
export async function runState(db: Database, runId: string) {
  const [run] = await db.select().from(programmeRuns).where(eq(programmeRuns.id, runId));
  const weeks = await db
    .select()
    .from(programmeWeeks)
    .where(eq(programmeWeeks.runId, runId))
    .orderBy(asc(programmeWeeks.weekNumber));
  const given = await db
    .select({ assignment: assignments, weekNumber: programmeWeeks.weekNumber })
    .from(assignments)
    .innerJoin(programmeWeeks, eq(programmeWeeks.id, assignments.programmeWeekId))
    .where(eq(programmeWeeks.runId, runId))
    .orderBy(asc(programmeWeeks.weekNumber), asc(assignments.kind));
  const audit = await db
    .select({ action: auditEvents.action, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, "programme_run"), eq(auditEvents.subjectId, runId)))
    .orderBy(asc(auditEvents.createdAt));
  return {
    run: run!,
    weeks: weeks.map((w) => ({
      n: w.weekNumber,
      startsOn: w.startsOn,
      endsOn: w.endsOn,
      status: w.status,
    })),
    assignments: given.map((g) => ({ ...g.assignment, weekNumber: g.weekNumber })),
    audit,
  };
}
