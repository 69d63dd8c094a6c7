import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, couples } from "~/server/db/schema";
import { describeError } from "~/server/trpc/errors";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  coupleInput,
  coupleSnapshot,
  seedCouple,
  seedPractice,
  unique,
  rejectsWith,
} from "~/test/factories";

const db = testDatabase();

async function couplesLabelled(label: string) {
  return db.select().from(couples).where(eq(couples.label, label));
}

describe("couples.create", () => {
  test("an admin creates a couple for a therapist, who then sees it", async () => {
    const p = await seedPractice(db);
    const { id } = await p.admin.api.couples.create({
      practiceId: p.practiceId,
      ...coupleInput(p.therapist.user.id, "Alex & Sam"),
    });
    const couple = await p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId: id });
    expect(couple).toMatchObject({
      label: "Alex & Sam",
      status: "active",
      therapist: { userId: p.therapist.user.id },
    });
    expect(couple.partners.map((x) => x.displayName)).toEqual(["Alex", "Sam"]);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.coupleId, id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "couple.created",
      actorUserId: p.admin.user.id,
      details: { therapistUserId: p.therapist.user.id },
    });
  });

  test("a therapist adds to their own caseload, but not to another therapist's (FORBIDDEN)", async () => {
    const p = await seedPractice(db);
    const own = await p.therapist.api.couples.create({
      practiceId: p.practiceId,
      ...coupleInput(p.therapist.user.id),
    });
    await expect(
      p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId: own.id }),
    ).resolves.toMatchObject({ id: own.id });

    const label = unique("Not mine");
    const input = { practiceId: p.practiceId, ...coupleInput(p.otherTherapist.user.id, label) };
    const error = await rejectsWith(p.therapist.api.couples.create(input), "FORBIDDEN");
    expect(describeError(error).fieldErrors).toEqual({
      therapistUserId: ["Therapists add couples to their own caseload."],
    });
    expect(await couplesLabelled(label)).toEqual([]);
  });

  test("a therapist from another practice cannot be chosen (NOT_FOUND)", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const label = unique("Cross");
    await rejectsWith(
      b.owner.api.couples.create({
        practiceId: b.practiceId,
        ...coupleInput(a.therapist.user.id, label),
      }),
      "NOT_FOUND",
    );
    expect(await couplesLabelled(label)).toEqual([]);
  });

  test("OUTSIDER: practice B's owner cannot create a couple in practice A (NOT_FOUND)", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const label = unique("Sneaky");
    await rejectsWith(
      b.owner.api.couples.create({
        practiceId: a.practiceId,
        ...coupleInput(a.therapist.user.id, label),
      }),
      "NOT_FOUND",
    );
    expect(await couplesLabelled(label)).toEqual([]);
    expect((await auditTrail(db, a.practiceId)).map((e) => e.action)).toEqual(["practice.created"]);
  });

  test("bad input comes back as BAD_REQUEST and nothing is saved", async () => {
    const p = await seedPractice(db);
    const input = coupleInput(p.therapist.user.id);
    input.partners[0].email = "not-an-email";
    await rejectsWith(
      p.owner.api.couples.create({ practiceId: p.practiceId, ...input }),
      "BAD_REQUEST",
    );
    const shared = coupleInput(p.therapist.user.id);
    shared.partners[1].email = shared.partners[0].email!.toUpperCase();
    await rejectsWith(
      p.owner.api.couples.create({ practiceId: p.practiceId, ...shared }),
      "BAD_REQUEST",
    );
    const blank = { ...coupleInput(p.therapist.user.id), label: " " };
    await rejectsWith(
      p.owner.api.couples.create({ practiceId: p.practiceId, ...blank }),
      "BAD_REQUEST",
    );
    expect(await couplesLabelled(input.label)).toEqual([]);
    expect(await couplesLabelled(shared.label)).toEqual([]);
  });
});

describe("couples.get", () => {
  test("a therapist cannot see another therapist's couple (NOT_FOUND); managers can", async () => {
    const p = await seedPractice(db);
    const id = await seedCouple(p, p.otherTherapist.user.id);
    await rejectsWith(
      p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId: id }),
      "NOT_FOUND",
    );
    await expect(
      p.admin.api.couples.get({ practiceId: p.practiceId, coupleId: id }),
    ).resolves.toMatchObject({ id });
    await expect(
      p.owner.api.couples.get({ practiceId: p.practiceId, coupleId: id }),
    ).resolves.toMatchObject({ id });
  });

  test("OUTSIDER: practice B cannot read practice A's couple (NOT_FOUND), and it is unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const id = await seedCouple(a, a.therapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      b.owner.api.couples.get({ practiceId: b.practiceId, coupleId: id }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.couples.get({ practiceId: a.practiceId, coupleId: id }),
      "NOT_FOUND",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });
});
