import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { env } from "~/env";
import { devMailbox, partners, practices } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { seedCoupleForEmail } from "~/test/outbox-fixtures";
import { deliverDueEmails } from "./deliver-outbox";
import { DISCREET_SUBJECT, discreetSender } from "./discreet";
import { enqueueEmail } from "./outbox";

const db = testDatabase();
const partnerTemplates = ["homework_assigned", "reminder", "partner_link"] as const;

type Scene = Awaited<ReturnType<typeof seedCoupleForEmail>>;

/** Queue every partner email to partner one (and a safety alert to the therapist). */
async function queueAll(s: Scene) {
  const one = s.partners[0];
  await db.transaction(async (tx) => {
    for (const template of partnerTemplates) {
      await enqueueEmail(tx, {
        practiceId: s.practiceId,
        to: one.email!,
        template,
        props: { partnerId: one.id },
      });
    }
    await enqueueEmail(tx, {
      practiceId: s.practiceId,
      to: s.therapist.email,
      template: "safety_flag",
      props: { coupleId: s.couple.id },
    });
  });
}

async function inbox(to: string) {
  return db.select().from(devMailbox).where(eq(devMailbox.to, to));
}

async function setPractice(s: Scene, discreetEmails: boolean) {
  await db.update(practices).set({ discreetEmails }).where(eq(practices.id, s.practiceId));
}

async function setPartner(s: Scene, discreetEmails: boolean | null) {
  await db.update(partners).set({ discreetEmails }).where(eq(partners.id, s.partners[0].id));
}

describe("discreet emails", () => {
  test("a discreet practice's partner emails use a neutral sender and subject and never name it", async () => {
    const s = await seedCoupleForEmail(db);
    await setPractice(s, true);
    await queueAll(s);
    expect(await deliverDueEmails(db, { practiceId: s.practiceId })).toMatchObject({ sent: 4 });

    const mail = await inbox(s.partners[0].email!);
    expect(mail).toHaveLength(3);
    for (const m of mail) {
      expect(m.subject).toBe(DISCREET_SUBJECT);
      expect(m.from).toBe(discreetSender(env.EMAIL_FROM));
      expect(m.from).toMatch(/^Care team </);
      expect(JSON.stringify(m)).not.toContain(s.practiceName);
      expect(m.text).toMatch(/\/c\/l\/[A-Za-z0-9_-]{43}/);
    }
    // The therapist's alert is not a partner's email: it keeps the practice's name.
    const [alert] = await inbox(s.therapist.email);
    expect(alert!.from).toBe(env.EMAIL_FROM);
    expect(alert!.text).toContain(s.practiceName);
  });

  test("decided when sent: a partner's choice made after queuing applies, either way", async () => {
    const s = await seedCoupleForEmail(db);
    await queueAll(s);
    await setPartner(s, true);
    await deliverDueEmails(db, { practiceId: s.practiceId });
    const discreet = await inbox(s.partners[0].email!);
    expect(discreet.map((m) => m.subject)).toEqual([
      DISCREET_SUBJECT,
      DISCREET_SUBJECT,
      DISCREET_SUBJECT,
    ]);

    // The partner's "no" wins over a discreet practice.
    await db.delete(devMailbox).where(eq(devMailbox.to, s.partners[0].email!));
    await setPractice(s, true);
    await queueAll(s);
    await setPartner(s, false);
    await deliverDueEmails(db, { practiceId: s.practiceId });
    const named = await inbox(s.partners[0].email!);
    expect(named.map((m) => m.subject).sort()).toEqual(
      [
        `A gentle reminder from ${s.practiceName}`,
        `Homework from ${s.practiceName}`,
        `Your link for ${s.practiceName}`,
      ].sort(),
    );
    for (const m of named) expect(m.from).toBe(env.EMAIL_FROM);
  });

  test("the other partner follows the practice while one partner chose for themselves", async () => {
    const s = await seedCoupleForEmail(db);
    await setPartner(s, true);
    const two = s.partners[1];
    await db.transaction((tx) =>
      enqueueEmail(tx, {
        practiceId: s.practiceId,
        to: two.email!,
        template: "homework_assigned",
        props: { partnerId: two.id },
      }),
    );
    await deliverDueEmails(db, { practiceId: s.practiceId });
    const [m] = await inbox(two.email!);
    expect(m!.subject).toBe(`Homework from ${s.practiceName}`);
  });
});

describe("discreetSender", () => {
  test("keeps the address and replaces only the name", () => {
    expect(discreetSender("Attune <no-reply@attune.local>")).toBe(
      "Care team <no-reply@attune.local>",
    );
    expect(discreetSender("no-reply@attune.local")).toBe("Care team <no-reply@attune.local>");
  });
});
