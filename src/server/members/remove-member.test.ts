import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import {
  addMember,
  auditTrail,
  membershipRow,
  rejectsWith,
  seedCouple,
  seedPractice,
} from "~/test/factories";

const db = testDatabase();

describe("members.remove", () => {
  test("a manager removes a member who treats no couples; the removal is audited", async () => {
    const p = await seedPractice(db);
    await p.admin.api.members.remove({
      practiceId: p.practiceId,
      userId: p.otherTherapist.user.id,
    });
    expect(await membershipRow(db, p.practiceId, p.otherTherapist.user.id)).toBeUndefined();
    const list = await p.owner.api.members.list({ practiceId: p.practiceId });
    expect(list.map((m) => m.userId)).not.toContain(p.otherTherapist.user.id);
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "member.removed",
      actorUserId: p.admin.user.id,
      subjectId: p.otherTherapist.user.id,
      details: { role: "therapist" },
    });
  });

  test("a therapist cannot remove anyone and an admin cannot remove an owner (FORBIDDEN)", async () => {
    const p = await seedPractice(db);
    const other = await membershipRow(db, p.practiceId, p.otherTherapist.user.id);
    const owner = await membershipRow(db, p.practiceId, p.owner.user.id);
    await rejectsWith(
      p.therapist.api.members.remove({
        practiceId: p.practiceId,
        userId: p.otherTherapist.user.id,
      }),
      "FORBIDDEN",
    );
    await rejectsWith(
      p.admin.api.members.remove({ practiceId: p.practiceId, userId: p.owner.user.id }),
      "FORBIDDEN",
    );
    expect(await membershipRow(db, p.practiceId, p.otherTherapist.user.id)).toEqual(other);
    expect(await membershipRow(db, p.practiceId, p.owner.user.id)).toEqual(owner);
  });

  test("the last owner cannot be removed (CONFLICT), and the row is unchanged", async () => {
    const p = await seedPractice(db);
    const before = await membershipRow(db, p.practiceId, p.owner.user.id);
    await expect(
      p.owner.api.members.remove({ practiceId: p.practiceId, userId: p.owner.user.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("last owner"),
    });
    expect(await membershipRow(db, p.practiceId, p.owner.user.id)).toEqual(before);
  });

  test("a member treating couples cannot be removed (CONFLICT) until they are reassigned", async () => {
    const p = await seedPractice(db);
    const coupleIds = [
      await seedCouple(p, p.therapist.user.id),
      await seedCouple(p, p.therapist.user.id),
    ];
    const before = await membershipRow(db, p.practiceId, p.therapist.user.id);
    await expect(
      p.owner.api.members.remove({ practiceId: p.practiceId, userId: p.therapist.user.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("treats 2 couples"),
    });
    expect(await membershipRow(db, p.practiceId, p.therapist.user.id)).toEqual(before);

    await p.owner.api.couples.reassign({
      practiceId: p.practiceId,
      coupleIds,
      therapistUserId: p.otherTherapist.user.id,
    });
    await p.owner.api.members.remove({ practiceId: p.practiceId, userId: p.therapist.user.id });
    expect(await membershipRow(db, p.practiceId, p.therapist.user.id)).toBeUndefined();
  });

  test("OUTSIDER: practice B's owner cannot remove a member of practice A (NOT_FOUND), row unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const extra = await addMember(db, a.practiceId, "therapist");
    const before = await membershipRow(db, a.practiceId, extra.user.id);
    await rejectsWith(
      b.owner.api.members.remove({ practiceId: b.practiceId, userId: extra.user.id }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.members.remove({ practiceId: a.practiceId, userId: extra.user.id }),
      "NOT_FOUND",
    );
    expect(await membershipRow(db, a.practiceId, extra.user.id)).toEqual(before);
    await expect(extra.api.practices.current({ practiceId: a.practiceId })).resolves.toMatchObject({
      id: a.practiceId,
    });
  });
});
