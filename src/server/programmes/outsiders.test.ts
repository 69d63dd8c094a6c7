import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { assignments, programmeRuns, programmeTemplates, programmeWeeks } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { seedCoupleWithPartners } from "~/test/homework-factories";
import { practiceProgramme, threeWeekPlan } from "~/test/programme-factories";

const db = testDatabase();

/** Practice A with its own programme and a programme running for a couple. */
async function scene() {
  const a = await seedCoupleWithPartners(db);
  const b = await seedCoupleWithPartners(db);
  const practiceId = a.p.practiceId;
  const familyId = await practiceProgramme(a.p);
  const { defaultStartsOn } = await a.p.therapist.api.programmes.forCouple({
    practiceId,
    coupleId: a.coupleId,
  });
  const { id: runId } = await a.p.therapist.api.programmes.start({
    practiceId,
    coupleId: a.coupleId,
    programme: { familyId },
    startsOn: defaultStartsOn,
  });
  const snapshot = async () => ({
    templates: await db
      .select()
      .from(programmeTemplates)
      .where(eq(programmeTemplates.familyId, familyId)),
    run: await db.select().from(programmeRuns).where(eq(programmeRuns.id, runId)),
    weeks: await db.select().from(programmeWeeks).where(eq(programmeWeeks.runId, runId)),
    assignments: await db.select().from(assignments).where(eq(assignments.coupleId, a.coupleId)),
  });
  return { a, b, familyId, runId, snapshot };
}

describe("programme procedures answer NOT_FOUND to outsiders and change nothing", () => {
  test("another practice, with either practice id", async () => {
    const s = await scene();
    const before = await s.snapshot();
    const outsider = s.b.p.owner.api;
    for (const practiceId of [s.b.p.practiceId, s.a.p.practiceId]) {
      const runId = s.runId;
      const attempts = [
        () => outsider.programmes.mayEdit({ practiceId, familyId: s.familyId }),
        () => outsider.programmes.copy({ practiceId, from: { familyId: s.familyId } }),
        () => outsider.programmes.revise({ practiceId, familyId: s.familyId, ...threeWeekPlan }),
        () => outsider.programmes.archive({ practiceId, familyId: s.familyId }),
        () => outsider.programmes.forCouple({ practiceId, coupleId: s.a.coupleId }),
        () =>
          outsider.programmes.start({
            practiceId,
            coupleId: s.a.coupleId,
            programme: { builtinKey: "six-week-reconnect" },
            startsOn: "2030-01-07",
          }),
        () =>
          outsider.programmes.start({
            practiceId,
            coupleId: s.b.coupleId,
            programme: { familyId: s.familyId },
            startsOn: "2030-01-07",
          }),
        () => outsider.programmes.pause({ practiceId, runId }),
        () => outsider.programmes.resume({ practiceId, runId }),
        () => outsider.programmes.skipWeek({ practiceId, runId, which: "next" }),
        () => outsider.programmes.extendWeek({ practiceId, runId }),
        () => outsider.programmes.stop({ practiceId, runId }),
      ];
      for (const attempt of attempts)
        await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      outsider.programmes.library({ practiceId: s.a.p.practiceId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await outsider.programmes.library({ practiceId: s.b.p.practiceId });
    expect(own.practice).toEqual([]);
    expect(await s.snapshot()).toEqual(before);
  });

  test("a therapist of the same practice who does not treat the couple gets NOT_FOUND too", async () => {
    const s = await scene();
    const before = await s.snapshot();
    const other = s.a.p.otherTherapist.api;
    const practiceId = s.a.p.practiceId;
    const runId = s.runId;
    const attempts = [
      () => other.programmes.forCouple({ practiceId, coupleId: s.a.coupleId }),
      () => other.programmes.pause({ practiceId, runId }),
      () => other.programmes.resume({ practiceId, runId }),
      () => other.programmes.skipWeek({ practiceId, runId, which: "current" }),
      () => other.programmes.extendWeek({ practiceId, runId }),
      () => other.programmes.stop({ practiceId, runId }),
    ];
    for (const attempt of attempts)
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await s.snapshot()).toEqual(before);
  });
});
