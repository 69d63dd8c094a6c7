import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { assignments, partners } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { coupleInput, rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

test("triage: open safety flags, then new entries, then overdue homework, then the rest; other sorts keep flags first", async () => {
  const { p, coupleId: flagged, a } = await seedCoupleWithPartners(db);
  const add = async (label: string) =>
    (
      await p.therapist.api.couples.create({
        practiceId: p.practiceId,
        ...coupleInput(p.therapist.user.id, label),
      })
    ).id;
  const quiet = await add("Aaron & Abe");
  const overdue = await add("Bea & Bo");
  const chatty = await add("Zed & Zoe");

  // Flagged: a press of "I need help".
  const alex = await openAsPartner(db, p, a.id);
  await alex.api.partner.askForHelp({ idempotencyKey: crypto.randomUUID() });
  // Chatty: one new entry.
  const { id: chattyWork } = await assignMicroHurt(p, chatty);
  const [zed] = await db.select().from(partners).where(eq(partners.coupleId, chatty));
  const zedPhone = await openAsPartner(db, p, zed!.id);
  await zedPhone.api.partner.submitEntry(microHurtSubmission(chattyWork));
  // Overdue: homework due long ago, nothing sent.
  const { id: late } = await assignMicroHurt(p, overdue);
  await db.update(assignments).set({ dueOn: "2020-01-06" }).where(eq(assignments.id, late));

  const order = async (sort?: "attention" | "name" | "activity" | "session") =>
    (await p.therapist.api.caseload.list({ practiceId: p.practiceId, sort }))
      .filter((row) => [flagged, quiet, overdue, chatty].includes(row.id))
      .map((row) => row.id);

  expect(await order()).toEqual([flagged, chatty, overdue, quiet]);
  const rows = await p.therapist.api.caseload.list({ practiceId: p.practiceId });
  expect(rows.find((row) => row.id === overdue)).toMatchObject({
    overdueHomework: 1,
    lastSessionOn: null,
  });
  const byName = await order("name");
  expect(byName[0]).toBe(flagged);
  expect(byName.slice(1)).toEqual([quiet, overdue, chatty]);

  await rejectsWith(
    p.therapist.api.caseload.list({
      practiceId: p.practiceId,
      sort: "loudest" as unknown as "name",
    }),
    "BAD_REQUEST",
  );
});
