import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, couples } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { coupleInput, seedPractice } from "~/test/factories";

const db = testDatabase();

describe("couples", () => {
  test("an admin creates a couple for a therapist, who then sees it", async () => {
    const p = await seedPractice(db);
    const { id } = await p.admin.api.couples.create({ practiceId: p.practiceId, ...coupleInput(p.therapist.user.id, "Alex & Sam") });
    const couple = await p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId: id });
    expect(couple.label).toBe("Alex & Sam");
    expect(couple.partners.map((x) => x.displayName)).toEqual(["Alex", "Sam"]);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.coupleId, id));
    expect(audit.map((a) => a.action)).toEqual(["couple.created"]);
  });

  test("an outsider practice gets NOT_FOUND and the couple is unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const { id } = await a.owner.api.couples.create({ practiceId: a.practiceId, ...coupleInput(a.therapist.user.id) });
    const [before] = await db.select().from(couples).where(eq(couples.id, id));
    await expect(b.owner.api.couples.setStatus({ practiceId: b.practiceId, coupleId: id, status: "discharged" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.owner.api.couples.setStatus({ practiceId: a.practiceId, coupleId: id, status: "discharged" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [after] = await db.select().from(couples).where(eq(couples.id, id));
    expect(after).toEqual(before);
  });

  test("bad input comes back as readable field errors", async () => {
    const p = await seedPractice(db);
    const input = coupleInput(p.therapist.user.id);
    input.partners[0].email = "not-an-email";
    input.label = " ";
    await expect(p.owner.api.couples.create({ practiceId: p.practiceId, ...input })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
