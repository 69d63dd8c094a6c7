import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  coupleSnapshot,
  rejectsWith,
  seedCouple,
  seedPractice,
  unique,
} from "~/test/factories";

const db = testDatabase();

describe("couples.update", () => {
  const details = () => ({
    label: unique("Renamed"),
    timeZone: "America/Chicago",
    partners: [
      { displayName: "Robin", email: `${unique("Robin")}@Example.test` },
      { displayName: "Kim", email: `${unique("kim")}@example.test` },
    ] as [
      { displayName: string; email: string | null },
      { displayName: string; email: string | null },
    ],
  });

  test("the treating therapist updates the details; the changed fields are audited", async () => {
    const p = await seedPractice(db);
    const id = await seedCouple(p, p.therapist.user.id);
    const next = details();
    await p.therapist.api.couples.update({ practiceId: p.practiceId, coupleId: id, ...next });
    const couple = await p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId: id });
    expect(couple).toMatchObject({ label: next.label, timeZone: "America/Chicago" });
    expect(couple.partners.map((x) => [x.displayName, x.email, x.timeZone])).toEqual([
      ["Robin", next.partners[0].email!.toLowerCase(), "America/Chicago"],
      ["Kim", next.partners[1].email, "America/Chicago"],
    ]);
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "couple.updated",
      coupleId: id,
      actorUserId: p.therapist.user.id,
      details: {
        changed: [
          "label",
          "timeZone",
          "partner1.displayName",
          "partner1.email",
          "partner2.displayName",
          "partner2.email",
        ],
      },
    });
  });

  test("a therapist cannot change another therapist's couple (NOT_FOUND), and it is unchanged", async () => {
    const p = await seedPractice(db);
    const id = await seedCouple(p, p.otherTherapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      p.therapist.api.couples.update({ practiceId: p.practiceId, coupleId: id, ...details() }),
      "NOT_FOUND",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });

  test("two partners cannot share one email (BAD_REQUEST), and nothing changes", async () => {
    const p = await seedPractice(db);
    const id = await seedCouple(p, p.therapist.user.id);
    const before = await coupleSnapshot(db, id);
    const next = details();
    next.partners[1].email = next.partners[0].email;
    await rejectsWith(
      p.therapist.api.couples.update({ practiceId: p.practiceId, coupleId: id, ...next }),
      "BAD_REQUEST",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });

  test("OUTSIDER: practice B cannot update practice A's couple (NOT_FOUND), and it is unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const id = await seedCouple(a, a.therapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      b.owner.api.couples.update({ practiceId: b.practiceId, coupleId: id, ...details() }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.couples.update({ practiceId: a.practiceId, coupleId: id, ...details() }),
      "NOT_FOUND",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });
});

describe("couples.setStatus", () => {
  test("the treating therapist pauses a couple; a change is audited, a no-op is not", async () => {
    const p = await seedPractice(db);
    const id = await seedCouple(p, p.therapist.user.id);
    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId: id,
      status: "paused",
    });
    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId: id,
      status: "paused",
    });
    expect((await coupleSnapshot(db, id)).couple?.status).toBe("paused");
    const changes = (await auditTrail(db, p.practiceId)).filter(
      (e) => e.action === "couple.status_changed",
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      coupleId: id,
      actorUserId: p.therapist.user.id,
      details: { from: "active", to: "paused" },
    });
  });

  test("a therapist cannot change another therapist's couple's status (NOT_FOUND)", async () => {
    const p = await seedPractice(db);
    const id = await seedCouple(p, p.otherTherapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      p.therapist.api.couples.setStatus({
        practiceId: p.practiceId,
        coupleId: id,
        status: "discharged",
      }),
      "NOT_FOUND",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });

  test("OUTSIDER: practice B gets NOT_FOUND and the couple is unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const id = await seedCouple(a, a.therapist.user.id);
    const before = await coupleSnapshot(db, id);
    await rejectsWith(
      b.owner.api.couples.setStatus({
        practiceId: b.practiceId,
        coupleId: id,
        status: "discharged",
      }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.couples.setStatus({
        practiceId: a.practiceId,
        coupleId: id,
        status: "discharged",
      }),
      "NOT_FOUND",
    );
    expect(await coupleSnapshot(db, id)).toEqual(before);
  });
});
