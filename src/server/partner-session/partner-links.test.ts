import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { partnerLinks, emailOutbox, partners, practices } from "~/server/db/schema";
import { generateToken, hashToken } from "~/server/tokens";
import { testDatabase } from "~/test/db";
import { openAsPartner, publicCaller, seedCoupleWithPartners } from "~/test/homework-factories";
import { openPartnerLink, partnerForSession } from "./partner-session";

const db = testDatabase();

describe("personal links", () => {
  test("a link opens a partner session; only its hash is stored", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, p, a.id);
    expect(alex.scope).toMatchObject({ partnerId: a.id, position: 1, displayName: "Alex" });
    const stored = await db.select().from(partnerLinks).where(eq(partnerLinks.partnerId, a.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashToken(alex.token));
    expect(JSON.stringify(stored)).not.toContain(alex.token);
    expect(stored[0]!.lastOpenedAt).not.toBeNull();
  });

  test("a partner's session carries their practice's date style and their own zone", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, p, a.id);
    expect(await partnerForSession(db, alex.sessionToken)).toMatchObject({ dateStyle: "US" });
    await db
      .update(practices)
      .set({ dateStyle: "international" })
      .where(eq(practices.id, p.practiceId));
    await db.update(partners).set({ timeZone: "Asia/Tokyo" }).where(eq(partners.id, a.id));
    expect(await partnerForSession(db, alex.sessionToken)).toMatchObject({
      dateStyle: "international",
      timeZone: "Asia/Tokyo",
    });
  });

  test("expired, revoked and unknown tokens do not open, and say why", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const { url } = await p.therapist.api.partnerLinks.issue({
      practiceId: p.practiceId,
      partnerId: a.id,
    });
    const token = new URL(url).pathname.split("/").pop()!;
    await db
      .update(partnerLinks)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(partnerLinks.tokenHash, hashToken(token)));
    expect(await openPartnerLink(db, token)).toEqual({ ok: false, reason: "expired" });
    expect(await openPartnerLink(db, generateToken())).toEqual({ ok: false, reason: "unknown" });

    const fresh = await openAsPartner(db, p, a.id);
    await p.therapist.api.partnerLinks.revoke({ practiceId: p.practiceId, partnerId: a.id });
    expect(await openPartnerLink(db, fresh.token)).toEqual({ ok: false, reason: "revoked" });
    // Revoking ends the open session at once.
    expect(await partnerForSession(db, fresh.sessionToken)).toBeNull();
  });

  test("links default to the practice's lifetime (14 days)", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const { expiresAt } = await p.therapist.api.partnerLinks.issue({
      practiceId: p.practiceId,
      partnerId: a.id,
    });
    const days = (expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
  });

  test("discharging the couple ends the partners' sessions", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, p, a.id);
    await p.owner.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId,
      status: "discharged",
    });
    expect(await partnerForSession(db, alex.sessionToken)).toBeNull();
  });

  test("emailing a link queues an email that holds no token", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    await p.therapist.api.partnerLinks.email({ practiceId: p.practiceId, partnerId: a.id });
    const queued = await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, a.id));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      to: a.email,
      template: "partner_link",
      props: { partnerId: a.id },
    });
  });

  test("a partner with no email cannot be emailed a link, with a clear message", async () => {
    const { p, b } = await seedCoupleWithPartners(db);
    await db.update(partners).set({ email: null }).where(eq(partners.id, b.id));
    await expect(
      p.therapist.api.partnerLinks.email({ practiceId: p.practiceId, partnerId: b.id }),
    ).rejects.toThrow("Add an email address for this partner first.");
  });
});

describe("email me a new link", () => {
  test("the answer is the same for known and unknown addresses; only a known one gets mail", async () => {
    const { a } = await seedCoupleWithPartners(db);
    const anyone = publicCaller(db);
    const known = await anyone.partner.requestLink({ email: a.email! });
    const unknown = await anyone.partner.requestLink({ email: "nobody-here@example.test" });
    expect(known).toEqual(unknown);
    const queued = await db.select().from(emailOutbox).where(eq(emailOutbox.to, a.email!));
    expect(queued.map((q) => q.template)).toEqual(["partner_link"]);
    expect(
      await db.select().from(emailOutbox).where(eq(emailOutbox.to, "nobody-here@example.test")),
    ).toEqual([]);
  });

  test("is rate limited per address, whoever asks", async () => {
    const { a } = await seedCoupleWithPartners(db);
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await publicCaller(db).partner.requestLink({ email: a.email! }));
    expect(results.map((r) => r.limited)).toEqual([false, false, false, true, true]);
    const queued = await db.select().from(emailOutbox).where(eq(emailOutbox.to, a.email!));
    expect(queued).toHaveLength(3);
  });
});
