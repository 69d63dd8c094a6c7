import { expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import { createUser, callerFor, rejectsWith, seedPractice } from "~/test/factories";
import { assignMicroHurt, seedCoupleWithPartners } from "~/test/homework-factories";
import { createPractice } from "./practices";

const db = testDatabase();

test("a new practice's owner sees five first steps, each ticked as it is done, then none", async () => {
  const user = await createUser(db, "Dana Reyes");
  const practice = await createPractice(db, {
    userId: user.id,
    name: "New Practice",
    timeZone: "UTC",
  });
  const owner = callerFor(db, user);
  const steps = async () =>
    (await owner.practices.setupChecklist({ practiceId: practice.id })).map(
      (item) => `${item.step}:${item.done ? "done" : "todo"}`,
    );
  expect(await steps()).toEqual([
    "profile:done",
    "settings:todo",
    "couple:todo",
    "homework:todo",
    "colleague:todo",
  ]);
  await owner.practices.updateSettings({
    practiceId: practice.id,
    name: "New Practice",
    timeZone: "America/Chicago",
    partnerLinkDays: 14,
    csiCutoff: 13.5,
  });
  await owner.invitations.invite({
    practiceId: practice.id,
    email: "colleague@example.test",
    role: "therapist",
  });
  expect(await steps()).toEqual([
    "profile:done",
    "settings:done",
    "couple:todo",
    "homework:todo",
    "colleague:done",
  ]);
});

test("a therapist's list is their own three steps, and it is empty once a practice is under way", async () => {
  const { p, coupleId } = await seedCoupleWithPartners(db);
  const mine = await p.therapist.api.practices.setupChecklist({ practiceId: p.practiceId });
  expect(mine.map((item) => item.step)).toEqual(["profile", "couple", "homework"]);
  await assignMicroHurt(p, coupleId);
  expect(await p.therapist.api.practices.setupChecklist({ practiceId: p.practiceId })).toEqual([]);
});

test("outsider: another practice's member gets NOT_FOUND", async () => {
  const p = await seedPractice(db);
  const outsider = await seedPractice(db);
  await rejectsWith(
    outsider.owner.api.practices.setupChecklist({ practiceId: p.practiceId }),
    "NOT_FOUND",
  );
});
