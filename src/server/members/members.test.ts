import { describe, expect, test } from "vitest";
import { describeError } from "~/server/trpc/errors";
import { testDatabase } from "~/test/db";
import { auditTrail, membershipRow, seedCouple, seedPractice, rejectsWith } from "~/test/factories";

const db = testDatabase();

describe("members.list", () => {
  test("every member, therapists included, sees who is who in the practice", async () => {
    const p = await seedPractice(db);
    const list = await p.therapist.api.members.list({ practiceId: p.practiceId });
    const expected = [p.owner, p.admin, p.therapist, p.otherTherapist]
      .map((m) => m.user.email)
      .sort();
    expect(list.map((m) => m.email)).toEqual(expected);
    expect(list.find((m) => m.userId === p.owner.user.id)?.role).toBe("owner");
    expect(list.find((m) => m.userId === p.admin.user.id)?.role).toBe("admin");
  });

  test("OUTSIDER: practice B naming practice A gets NOT_FOUND; B's list holds none of A's members", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    await rejectsWith(b.owner.api.members.list({ practiceId: a.practiceId }), "NOT_FOUND");
    const ids = (await b.owner.api.members.list({ practiceId: b.practiceId })).map((m) => m.userId);
    for (const m of [a.owner, a.admin, a.therapist, a.otherTherapist])
      expect(ids).not.toContain(m.user.id);
  });
});

describe("members.load", () => {
  test("counts each member's current (active or paused) couples, for managers only", async () => {
    const p = await seedPractice(db);
    await seedCouple(p, p.therapist.user.id);
    const paused = await seedCouple(p, p.therapist.user.id);
    const discharged = await seedCouple(p, p.therapist.user.id);
    await p.owner.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId: paused,
      status: "paused",
    });
    await p.owner.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId: discharged,
      status: "discharged",
    });
    await seedCouple(p, p.otherTherapist.user.id);

    const load = await p.admin.api.members.load({ practiceId: p.practiceId });
    const byUser = Object.fromEntries(load.map((row) => [row.userId, row.couples]));
    expect(byUser).toEqual({
      [p.therapist.user.id]: 2,
      [p.otherTherapist.user.id]: 1,
      [p.owner.user.id]: 0,
      [p.admin.user.id]: 0,
    });
    expect(load[0]?.userId).toBe(p.therapist.user.id);
    await rejectsWith(p.therapist.api.members.load({ practiceId: p.practiceId }), "FORBIDDEN");
  });

  test("OUTSIDER: practice B naming practice A gets NOT_FOUND; B's load holds none of A's members", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    await rejectsWith(b.owner.api.members.load({ practiceId: a.practiceId }), "NOT_FOUND");
    const ids = (await b.owner.api.members.load({ practiceId: b.practiceId })).map((m) => m.userId);
    expect(ids).not.toContain(a.therapist.user.id);
    expect(ids).toHaveLength(4);
  });
});

describe("members.changeRole", () => {
  test("an admin makes a therapist an admin; the change is audited", async () => {
    const p = await seedPractice(db);
    await p.admin.api.members.changeRole({
      practiceId: p.practiceId,
      userId: p.therapist.user.id,
      role: "admin",
    });
    expect((await membershipRow(db, p.practiceId, p.therapist.user.id))?.role).toBe("admin");
    const last = (await auditTrail(db, p.practiceId)).at(-1);
    expect(last).toMatchObject({
      action: "member.role_changed",
      actorUserId: p.admin.user.id,
      subjectId: p.therapist.user.id,
      details: { from: "therapist", to: "admin" },
    });
  });

  test("a therapist cannot change roles (FORBIDDEN) and nothing changes", async () => {
    const p = await seedPractice(db);
    const before = await membershipRow(db, p.practiceId, p.otherTherapist.user.id);
    await rejectsWith(
      p.therapist.api.members.changeRole({
        practiceId: p.practiceId,
        userId: p.otherTherapist.user.id,
        role: "admin",
      }),
      "FORBIDDEN",
    );
    await rejectsWith(
      p.therapist.api.members.changeRole({
        practiceId: p.practiceId,
        userId: p.therapist.user.id,
        role: "owner",
      }),
      "FORBIDDEN",
    );
    expect(await membershipRow(db, p.practiceId, p.otherTherapist.user.id)).toEqual(before);
    expect((await membershipRow(db, p.practiceId, p.therapist.user.id))?.role).toBe("therapist");
  });

  test("an admin cannot promote to owner or change an owner (FORBIDDEN)", async () => {
    const p = await seedPractice(db);
    const ownerBefore = await membershipRow(db, p.practiceId, p.owner.user.id);
    const therapistBefore = await membershipRow(db, p.practiceId, p.therapist.user.id);
    const { practiceId } = p;
    await rejectsWith(
      p.admin.api.members.changeRole({ practiceId, userId: p.therapist.user.id, role: "owner" }),
      "FORBIDDEN",
    );
    await rejectsWith(
      p.admin.api.members.changeRole({ practiceId, userId: p.admin.user.id, role: "owner" }),
      "FORBIDDEN",
    );
    await rejectsWith(
      p.admin.api.members.changeRole({ practiceId, userId: p.owner.user.id, role: "therapist" }),
      "FORBIDDEN",
    );
    expect(await membershipRow(db, practiceId, p.owner.user.id)).toEqual(ownerBefore);
    expect(await membershipRow(db, practiceId, p.therapist.user.id)).toEqual(therapistBefore);
    expect((await membershipRow(db, practiceId, p.admin.user.id))?.role).toBe("admin");
  });

  test("the last owner cannot step down (CONFLICT on the role field); with a second owner they can", async () => {
    const p = await seedPractice(db);
    const before = await membershipRow(db, p.practiceId, p.owner.user.id);
    const stepDown = { practiceId: p.practiceId, userId: p.owner.user.id, role: "admin" as const };
    const error = await rejectsWith(p.owner.api.members.changeRole(stepDown), "CONFLICT");
    expect(describeError(error).fieldErrors).toEqual({
      role: ["A practice needs at least one owner. Make someone else an owner first."],
    });
    expect(await membershipRow(db, p.practiceId, p.owner.user.id)).toEqual(before);

    await p.owner.api.members.changeRole({
      practiceId: p.practiceId,
      userId: p.admin.user.id,
      role: "owner",
    });
    await p.owner.api.members.changeRole({
      practiceId: p.practiceId,
      userId: p.owner.user.id,
      role: "admin",
    });
    expect((await membershipRow(db, p.practiceId, p.owner.user.id))?.role).toBe("admin");
    expect((await membershipRow(db, p.practiceId, p.admin.user.id))?.role).toBe("owner");
  });

  test("OUTSIDER: practice B's owner cannot change a member of practice A (NOT_FOUND), row unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const target = a.therapist.user.id;
    const before = await membershipRow(db, a.practiceId, target);
    const auditBefore = await auditTrail(db, a.practiceId);
    await rejectsWith(
      b.owner.api.members.changeRole({ practiceId: b.practiceId, userId: target, role: "admin" }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.members.changeRole({ practiceId: a.practiceId, userId: target, role: "admin" }),
      "NOT_FOUND",
    );
    expect(await membershipRow(db, a.practiceId, target)).toEqual(before);
    expect(await membershipRow(db, b.practiceId, target)).toBeUndefined();
    expect(await auditTrail(db, a.practiceId)).toEqual(auditBefore);
  });
});
