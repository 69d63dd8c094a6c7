import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { devMailbox } from "~/server/db/schema";
import { verifyUnsubscribeToken } from "~/server/reminders/unsubscribe-token";
import { testDatabase } from "~/test/db";
import { insertAssignment, insertEntry, seedCoupleForEmail } from "~/test/outbox-fixtures";
import { deliverDueEmails } from "./deliver-outbox";
import { enqueueEmail } from "./outbox";

const db = testDatabase();

describe("outbox email templates", () => {
  test("every email names the practice and carries its link, and nothing clinical", async () => {
    const s = await seedCoupleForEmail(db);
    const [one, two] = s.partners;
    const payload = "PAYLOAD-I felt invisible when the phone came out at dinner";
    const note = "NOTE-watch for the pursue-withdraw loop";
    const assignment = await insertAssignment(db, s, {
      cadence: "daily",
      title: "TITLE-Micro-hurt log",
      note,
    });
    await insertEntry(db, s, {
      partnerId: one.id,
      assignmentId: assignment.id,
      createdAt: new Date(),
      payload: { observation: payload },
    });
    const therapistEmail = s.therapist.email;
    const base = { practiceId: s.practiceId };
    await db.transaction(async (tx) => {
      await enqueueEmail(tx, {
        ...base,
        to: one.email!,
        template: "homework_assigned",
        props: { partnerId: one.id },
      });
      await enqueueEmail(tx, {
        ...base,
        to: two.email!,
        template: "reminder",
        props: { partnerId: two.id },
      });
      await enqueueEmail(tx, {
        ...base,
        to: one.email!,
        template: "partner_link",
        props: { partnerId: one.id },
      });
      await enqueueEmail(tx, {
        ...base,
        to: therapistEmail,
        template: "safety_flag",
        props: { coupleId: s.couple.id },
      });
    });
    expect(await deliverDueEmails(db, { practiceId: s.practiceId })).toMatchObject({ sent: 4 });

    const mail = async (to: string) => db.select().from(devMailbox).where(eq(devMailbox.to, to));
    const [toOne, toTwo, toTherapist] = [
      await mail(one.email!),
      await mail(two.email!),
      await mail(therapistEmail),
    ];
    expect(toOne.map((m) => m.subject).sort()).toEqual([
      `Homework from ${s.practiceName}`,
      `Your link for ${s.practiceName}`,
    ]);
    expect(toTwo.map((m) => m.subject)).toEqual([`A gentle reminder from ${s.practiceName}`]);
    expect(toTherapist.map((m) => m.subject)).toEqual(["A client needs your attention"]);

    for (const m of toOne) expect(m.text).toMatch(/\/c\/l\/[A-Za-z0-9_-]{43}/);
    const reminder = toTwo[0]!.text;
    expect(reminder).toMatch(/\/c\/l\/[A-Za-z0-9_-]{43}/);
    const unsubscribe = /\/c\/unsubscribe\/([^\s\])]+)/.exec(reminder)?.[1];
    expect(verifyUnsubscribeToken(unsubscribe ?? "")).toBe(two.id);
    expect(toTherapist[0]!.text).toContain(`/p/${s.practiceId}/couples/${s.couple.id}`);

    const everything = JSON.stringify([...toOne, ...toTwo, ...toTherapist]);
    const secrets = [
      payload,
      "PAYLOAD",
      note,
      "NOTE-",
      assignment.title,
      s.couple.label,
      one.displayName,
      two.displayName,
    ];
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(everything).toContain(s.practiceName);
  });
});
