import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, partners } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { seedCoupleForEmail } from "~/test/outbox-fixtures";
import { unsubscribeFromReminders, unsubscribeState } from "./unsubscribe";
import { unsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from "./unsubscribe-token";

const db = testDatabase();
const partnerId = "0b7d4a52-5a7e-4c1f-9d55-2f0c3f1a9e11";

describe("unsubscribe tokens", () => {
  test("a token verifies to the partner it was made for", () => {
    const token = unsubscribeToken(partnerId);
    expect(token).toMatch(new RegExp(`^${partnerId}\\.[A-Za-z0-9_-]{43}$`));
    expect(verifyUnsubscribeToken(token)).toBe(partnerId);
    expect(unsubscribeUrl(partnerId)).toMatch(new RegExp(`/c/unsubscribe/${token}$`));
  });

  test("another partner's id, a changed MAC, another secret or junk is refused", () => {
    const token = unsubscribeToken(partnerId);
    const [, mac] = token.split(".") as [string, string];
    const otherId = "1b7d4a52-5a7e-4c1f-9d55-2f0c3f1a9e11";
    const flipped = `${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`;
    for (const bad of [
      `${otherId}.${mac}`,
      `${partnerId}.${flipped}`,
      `${partnerId}.${mac.slice(0, -2)}`,
      `${partnerId}.${mac}==`,
      unsubscribeToken(partnerId, "some-other-secret"),
      partnerId,
      `not-a-uuid.${mac}`,
      "",
      "%E0%A4%A",
    ]) {
      expect(verifyUnsubscribeToken(bad), bad).toBeNull();
    }
  });
});

describe("unsubscribing from reminders", () => {
  async function partnerRow(id: string) {
    const [row] = await db.select().from(partners).where(eq(partners.id, id));
    return row!;
  }

  test("opening the page changes nothing; the button turns reminders off and is audited", async () => {
    const s = await seedCoupleForEmail(db);
    const [one, two] = s.partners;
    const token = unsubscribeToken(one.id);

    expect(await unsubscribeState(db, token)).toEqual({
      valid: true,
      practiceName: s.practiceName,
      remindersOff: false,
    });
    expect((await partnerRow(one.id)).remindersOffAt).toBeNull();

    expect(await unsubscribeFromReminders(db, token)).toBe("unsubscribed");
    expect((await partnerRow(one.id)).remindersOffAt).toBeInstanceOf(Date);
    expect((await partnerRow(two.id)).remindersOffAt).toBeNull();
    expect(await unsubscribeState(db, token)).toMatchObject({ remindersOff: true });

    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, s.practiceId), eq(auditEvents.subjectId, one.id)));
    expect(events).toMatchObject([
      {
        action: "partner.unsubscribed",
        subjectType: "partner",
        actorUserId: null,
        coupleId: s.couple.id,
      },
    ]);
  });

  test("a second press says reminders are already off, keeps the first time and audits once", async () => {
    const s = await seedCoupleForEmail(db);
    const token = unsubscribeToken(s.partners[0].id);
    await unsubscribeFromReminders(db, token);
    const first = (await partnerRow(s.partners[0].id)).remindersOffAt;
    expect(await unsubscribeFromReminders(db, token)).toBe("already_off");
    expect((await partnerRow(s.partners[0].id)).remindersOffAt).toEqual(first);
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, s.partners[0].id));
    expect(events).toHaveLength(1);
  });

  test("a tampered token, or one for no partner, changes nothing and says the link is not valid", async () => {
    const s = await seedCoupleForEmail(db);
    const [one, two] = s.partners;
    const [, mac] = unsubscribeToken(one.id).split(".");
    const tampered = `${two.id}.${mac}`;
    expect(await unsubscribeState(db, tampered)).toEqual({ valid: false });
    expect(await unsubscribeFromReminders(db, tampered)).toBe("invalid");
    expect((await partnerRow(two.id)).remindersOffAt).toBeNull();

    const nobody = unsubscribeToken(partnerId);
    expect(await unsubscribeState(db, nobody)).toEqual({ valid: false });
    expect(await unsubscribeFromReminders(db, nobody)).toBe("invalid");
    expect(await unsubscribeFromReminders(db, "garbage")).toBe("invalid");
  });
});
