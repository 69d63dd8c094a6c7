import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  coupleSnapshot,
  seedCouple,
  seedPractice,
  rejectsWith,
} from "~/test/factories";

const db = testDatabase();

async function snapshots(ids: string[]) {
  return Promise.all(ids.map((id) => coupleSnapshot(db, id)));
}

describe("couples.reassign", () => {
  test("moves many couples at once; each move is audited and the caseloads follow", async () => {
    const p = await seedPractice(db);
    const ids = [
      await seedCouple(p, p.therapist.user.id),
      await seedCouple(p, p.therapist.user.id),
      await seedCouple(p, p.therapist.user.id),
    ];
    const kept = await seedCouple(p, p.therapist.user.id);

    await expect(
      p.admin.api.couples.reassign({
        practiceId: p.practiceId,
        coupleIds: ids,
        therapistUserId: p.otherTherapist.user.id,
      }),
    ).resolves.toEqual({ reassigned: 3 });

    for (const { couple } of await snapshots(ids))
      expect(couple?.therapistUserId).toBe(p.otherTherapist.user.id);
    expect((await coupleSnapshot(db, kept)).couple?.therapistUserId).toBe(p.therapist.user.id);

    const theirs = await p.otherTherapist.api.caseload.list({
      practiceId: p.practiceId,
      status: "current",
    });
    expect(theirs.map((c) => c.id).sort()).toEqual([...ids].sort());
    const mine = await p.therapist.api.caseload.list({
      practiceId: p.practiceId,
      status: "current",
    });
    expect(mine.map((c) => c.id)).toEqual([kept]);
    await rejectsWith(
      p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId: ids[0]! }),
      "NOT_FOUND",
    );

    const moves = (await auditTrail(db, p.practiceId)).filter(
      (e) => e.action === "couple.reassigned",
    );
    expect(moves.map((e) => e.coupleId).sort()).toEqual([...ids].sort());
    for (const move of moves) {
      expect(move).toMatchObject({
        actorUserId: p.admin.user.id,
        details: { from: p.therapist.user.id, to: p.otherTherapist.user.id },
      });
    }
  });

  test("couples already with that therapist are left alone and not audited", async () => {
    const p = await seedPractice(db);
    const moving = await seedCouple(p, p.therapist.user.id);
    const staying = await seedCouple(p, p.otherTherapist.user.id);
    const result = await p.owner.api.couples.reassign({
      practiceId: p.practiceId,
      coupleIds: [moving, staying, moving],
      therapistUserId: p.otherTherapist.user.id,
    });
    expect(result).toEqual({ reassigned: 1 });
    const moves = (await auditTrail(db, p.practiceId)).filter(
      (e) => e.action === "couple.reassigned",
    );
    expect(moves.map((e) => e.coupleId)).toEqual([moving]);
  });

  test("if one couple belongs to another practice, nothing moves (NOT_FOUND)", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const ours = [
      await seedCouple(b, b.therapist.user.id),
      await seedCouple(b, b.therapist.user.id),
    ];
    const theirs = await seedCouple(a, a.therapist.user.id);
    const before = await snapshots([...ours, theirs]);
    await rejectsWith(
      b.owner.api.couples.reassign({
        practiceId: b.practiceId,
        coupleIds: [...ours, theirs],
        therapistUserId: b.otherTherapist.user.id,
      }),
      "NOT_FOUND",
    );
    expect(await snapshots([...ours, theirs])).toEqual(before);
    expect((await auditTrail(db, b.practiceId)).some((e) => e.action === "couple.reassigned")).toBe(
      false,
    );
  });

  test("the new therapist must be a member of this practice (NOT_FOUND), and nothing moves", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const id = await seedCouple(b, b.therapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      b.owner.api.couples.reassign({
        practiceId: b.practiceId,
        coupleIds: [id],
        therapistUserId: a.therapist.user.id,
      }),
      "NOT_FOUND",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });

  test("a therapist cannot reassign, not even their own couples (FORBIDDEN)", async () => {
    const p = await seedPractice(db);
    const id = await seedCouple(p, p.therapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      p.therapist.api.couples.reassign({
        practiceId: p.practiceId,
        coupleIds: [id],
        therapistUserId: p.otherTherapist.user.id,
      }),
      "FORBIDDEN",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });

  test("an empty selection is a BAD_REQUEST", async () => {
    const p = await seedPractice(db);
    await rejectsWith(
      p.owner.api.couples.reassign({
        practiceId: p.practiceId,
        coupleIds: [],
        therapistUserId: p.therapist.user.id,
      }),
      "BAD_REQUEST",
    );
  });

  test("OUTSIDER: practice B cannot reassign practice A's couple (NOT_FOUND), and it is unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const id = await seedCouple(a, a.therapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      b.owner.api.couples.reassign({
        practiceId: b.practiceId,
        coupleIds: [id],
        therapistUserId: b.therapist.user.id,
      }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.couples.reassign({
        practiceId: a.practiceId,
        coupleIds: [id],
        therapistUserId: a.otherTherapist.user.id,
      }),
      "NOT_FOUND",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });
});
