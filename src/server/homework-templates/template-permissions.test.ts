import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { homeworkTemplates } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedPractice } from "~/test/factories";

const db = testDatabase();

const wording = { title: "Our words", instructions: "Take your time.", prompts: {} };

describe("who may change a practice's wording", () => {
  test("another therapist can neither revise nor archive it, and nothing changes", async () => {
    const p = await seedPractice(db);
    const input = { practiceId: p.practiceId };
    const made = await p.therapist.api.homework.copyTemplate({ ...input, kind: "bid" });
    const familyId = made.familyId;
    const before = await db
      .select()
      .from(homeworkTemplates)
      .where(eq(homeworkTemplates.familyId, familyId));

    expect(await p.otherTherapist.api.homework.mayEditTemplate({ ...input, familyId })).toBe(false);
    await rejectsWith(
      p.otherTherapist.api.homework.reviseTemplate({ ...input, familyId, ...wording }),
      "FORBIDDEN",
    );
    await rejectsWith(
      p.otherTherapist.api.homework.archiveTemplate({ ...input, familyId }),
      "FORBIDDEN",
    );
    expect(
      await db.select().from(homeworkTemplates).where(eq(homeworkTemplates.familyId, familyId)),
    ).toEqual(before);
  });

  test("its author, an admin and an owner may", async () => {
    const p = await seedPractice(db);
    const input = { practiceId: p.practiceId };
    const { familyId } = await p.therapist.api.homework.copyTemplate({ ...input, kind: "bid" });
    expect(await p.therapist.api.homework.mayEditTemplate({ ...input, familyId })).toBe(true);
    await p.therapist.api.homework.reviseTemplate({ ...input, familyId, ...wording });
    await p.admin.api.homework.reviseTemplate({ ...input, familyId, ...wording });
    await p.owner.api.homework.archiveTemplate({ ...input, familyId });
    const rows = await db
      .select()
      .from(homeworkTemplates)
      .where(eq(homeworkTemplates.familyId, familyId));
    expect(rows.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.archivedAt !== null)).toBe(true);
  });
});
