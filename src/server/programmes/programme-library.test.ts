import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { programmeTemplates } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { seedPractice } from "~/test/factories";
import { practiceProgramme, threeWeekPlan } from "~/test/programme-factories";

const db = testDatabase();

const versions = (familyId: string) =>
  db
    .select({ version: programmeTemplates.version, title: programmeTemplates.title })
    .from(programmeTemplates)
    .where(eq(programmeTemplates.familyId, familyId))
    .orderBy(programmeTemplates.version);

describe("practice programmes", () => {
  test("the library lists the built-in plan and the practice's own, newest version each", async () => {
    const p = await seedPractice(db);
    const familyId = await practiceProgramme(p);
    const library = await p.therapist.api.programmes.library({ practiceId: p.practiceId });
    expect(library.builtIn.map((b) => [b.key, b.weeks.length])).toEqual([
      ["six-week-reconnect", 6],
    ]);
    expect(library.practice.map((t) => [t.familyId, t.version, t.title])).toEqual([
      [familyId, 2, "Three quiet weeks"],
    ]);
  });

  test("each save is a new version; an unchanged save adds none; a copy starts a new family", async () => {
    const p = await seedPractice(db);
    const familyId = await practiceProgramme(p);
    const practiceId = p.practiceId;
    await p.owner.api.programmes.revise({ practiceId, familyId, ...threeWeekPlan });
    expect(await versions(familyId)).toHaveLength(2);
    await p.owner.api.programmes.revise({
      practiceId,
      familyId,
      ...threeWeekPlan,
      title: "Renamed",
    });
    expect((await versions(familyId)).map((v) => v.version)).toEqual([1, 2, 3]);
    const copy = await p.therapist.api.programmes.copy({ practiceId, from: { familyId } });
    expect(copy).toMatchObject({ version: 1, title: "Renamed (our version)" });
    expect(copy.familyId).not.toBe(familyId);
  });

  test("only its author, owners and admins may change or archive a programme", async () => {
    const p = await seedPractice(db);
    const practiceId = p.practiceId;
    const mine = await p.therapist.api.programmes.copy({
      practiceId,
      from: { builtinKey: "six-week-reconnect" },
    });
    const familyId = mine.familyId;
    expect(await p.otherTherapist.api.programmes.mayEdit({ practiceId, familyId })).toBe(false);
    await expect(
      p.otherTherapist.api.programmes.revise({ practiceId, familyId, ...threeWeekPlan }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      p.otherTherapist.api.programmes.archive({ practiceId, familyId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await versions(familyId)).toHaveLength(1);
    await p.admin.api.programmes.revise({ practiceId, familyId, ...threeWeekPlan });
    await p.therapist.api.programmes.archive({ practiceId, familyId });
    const library = await p.therapist.api.programmes.library({ practiceId });
    expect(library.practice).toEqual([]);
    await expect(
      p.therapist.api.programmes.start({
        practiceId,
        coupleId: crypto.randomUUID(),
        programme: { familyId },
        startsOn: "2030-01-07",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("refuses plans out of bounds with a message for the field", async () => {
    const p = await seedPractice(db);
    const familyId = await practiceProgramme(p);
    const practiceId = p.practiceId;
    const week = threeWeekPlan.weeks[0]!;
    const attempts = [
      [{ ...threeWeekPlan, weeks: [] }, "A programme needs at least one week."],
      [{ ...threeWeekPlan, weeks: Array(13).fill(week) }, "A programme can have up to 12 weeks."],
      [{ ...threeWeekPlan, weeks: [{ ...week, title: "  " }] }, "Enter a title for the week."],
      [{ ...threeWeekPlan, weeks: [{ ...week, intention: "" }] }, "Enter the week's intention."],
      [
        { ...threeWeekPlan, weeks: [{ ...week, intention: "x".repeat(301) }] },
        "Keep the week's intention under 300 characters.",
      ],
      [
        { ...threeWeekPlan, weeks: [{ ...week, homework: [] }] },
        "Give each week at least one piece of homework.",
      ],
      [
        { ...threeWeekPlan, weeks: [{ ...week, homework: Array(5).fill(week.homework[0]) }] },
        "A week can give up to 4 pieces of homework.",
      ],
      [
        {
          ...threeWeekPlan,
          weeks: [{ ...week, homework: [{ ...week.homework[0]!, partnerPositions: [] }] }],
        },
        "Choose at least one partner.",
      ],
      [
        {
          ...threeWeekPlan,
          weeks: [{ ...week, homework: [{ ...week.homework[0]!, kind: "tarot" }] }],
        },
        "Choose the homework.",
      ],
    ] as const;
    for (const [plan, message] of attempts) {
      const outcome = await p.owner.api.programmes
        // @ts-expect-error -- deliberately invalid input
        .revise({ practiceId, familyId, ...plan })
        .then(
          () => "saved",
          (e: Error) => e.message,
        );
      expect(outcome).toContain(message);
    }
    expect(await versions(familyId)).toHaveLength(2);
  });
});
