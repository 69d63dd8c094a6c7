import { describe, expect, test } from "vitest";
import { describeError } from "~/server/trpc/errors";
import { testDatabase } from "~/test/db";
import { auditTrail, membershipRow, rejectsWith, seedPractice } from "~/test/factories";

const db = testDatabase();

describe("members.setAway", () => {
  test("a therapist sets and clears their own away dates, shown in the member list and audited", async () => {
    const p = await seedPractice(db);
    const me = { practiceId: p.practiceId, userId: p.therapist.user.id };
    await p.therapist.api.members.setAway({
      ...me,
      awayFrom: "2026-12-21",
      awayUntil: "2027-01-03",
    });
    const list = await p.therapist.api.members.list({ practiceId: p.practiceId });
    expect(list.find((m) => m.userId === me.userId)).toMatchObject({
      awayFrom: "2026-12-21",
      awayUntil: "2027-01-03",
    });
    const load = await p.owner.api.members.load({ practiceId: p.practiceId });
    expect(load.find((m) => m.userId === me.userId)).toMatchObject({ awayFrom: "2026-12-21" });
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "member.away_changed",
      actorUserId: me.userId,
      subjectId: me.userId,
      details: { awayFrom: "2026-12-21", awayUntil: "2027-01-03" },
    });

    await p.therapist.api.members.setAway({ ...me, awayFrom: "", awayUntil: "" });
    expect(await membershipRow(db, p.practiceId, me.userId)).toMatchObject({
      awayFrom: null,
      awayUntil: null,
    });
  });

  test("one day away is fine; an end before the start or only one date is refused plainly", async () => {
    const p = await seedPractice(db);
    const me = { practiceId: p.practiceId, userId: p.therapist.user.id };
    await p.therapist.api.members.setAway({
      ...me,
      awayFrom: "2026-12-24",
      awayUntil: "2026-12-24",
    });
    const before = await membershipRow(db, p.practiceId, me.userId);
    const backwards = await rejectsWith(
      p.therapist.api.members.setAway({ ...me, awayFrom: "2026-12-24", awayUntil: "2026-12-20" }),
      "BAD_REQUEST",
    );
    expect(describeError(backwards).fieldErrors).toEqual({
      awayUntil: ["The last day away cannot be before the first."],
    });
    const half = await rejectsWith(
      p.therapist.api.members.setAway({ ...me, awayFrom: "2026-12-24", awayUntil: null }),
      "BAD_REQUEST",
    );
    expect(describeError(half).fieldErrors).toEqual({
      awayUntil: ["Enter the last day away too, or clear both dates."],
    });
    const garbled = await rejectsWith(
      p.therapist.api.members.setAway({ ...me, awayFrom: "24/12/2026", awayUntil: "2026-12-26" }),
      "BAD_REQUEST",
    );
    expect(describeError(garbled).fieldErrors).toEqual({
      awayFrom: ["Enter the first day away as a date."],
    });
    expect(await membershipRow(db, p.practiceId, me.userId)).toEqual(before);
  });

  test("owners and admins set anyone's; a therapist cannot set a colleague's", async () => {
    const p = await seedPractice(db);
    const dates = { awayFrom: "2026-12-01", awayUntil: "2026-12-02" };
    const other = { practiceId: p.practiceId, userId: p.otherTherapist.user.id };
    const before = await membershipRow(db, p.practiceId, other.userId);
    await rejectsWith(p.therapist.api.members.setAway({ ...other, ...dates }), "FORBIDDEN");
    expect(await membershipRow(db, p.practiceId, other.userId)).toEqual(before);
    await p.admin.api.members.setAway({ ...other, ...dates });
    expect(await membershipRow(db, p.practiceId, other.userId)).toMatchObject(dates);
    await p.owner.api.members.setAway({ ...other, awayFrom: null, awayUntil: null });
    expect(await membershipRow(db, p.practiceId, other.userId)).toMatchObject({ awayFrom: null });
  });

  test("outsider: another practice's owner gets NOT_FOUND and nothing changes", async () => {
    const p = await seedPractice(db);
    const outsider = await seedPractice(db);
    const before = await membershipRow(db, p.practiceId, p.therapist.user.id);
    const dates = { awayFrom: "2026-12-01", awayUntil: "2026-12-02" };
    for (const practiceId of [outsider.practiceId, p.practiceId]) {
      await rejectsWith(
        outsider.owner.api.members.setAway({ practiceId, userId: p.therapist.user.id, ...dates }),
        "NOT_FOUND",
      );
    }
    expect(await membershipRow(db, p.practiceId, p.therapist.user.id)).toEqual(before);
  });
});
