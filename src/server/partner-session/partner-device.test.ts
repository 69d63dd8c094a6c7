import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, partnerLinks, partnerSessions, practices } from "~/server/db/schema";
import { mintPartnerLink } from "~/server/partner-links/mint-link";
import { generateToken, hashToken } from "~/server/tokens";
import { testDatabase } from "~/test/db";
import { seedCoupleWithPartners } from "~/test/homework-factories";
import { choosePartnerDevice, signOutPartner } from "./partner-device";
import { openPartnerLink, partnerForSession, previewPartnerLink } from "./partner-session";

const db = testDatabase();

async function emailedLink(practiceId: string, partnerId: string) {
  const { url } = await mintPartnerLink(db, { practiceId, partnerId, createdByUserId: null });
  return new URL(url).pathname.split("/").pop()!;
}

async function openOn(token: string, deviceCookie: string | null) {
  const opened = await openPartnerLink(db, token, { deviceCookie });
  if (opened.ok !== true) throw new Error(`did not open: ${JSON.stringify(opened)}`);
  return opened.sessionToken;
}

async function session(sessionToken: string) {
  const [row] = await db
    .select()
    .from(partnerSessions)
    .where(eq(partnerSessions.tokenHash, hashToken(sessionToken)));
  return row;
}

describe("the same link on the same device", () => {
  test("signs in again after sign-out; on any other device, or without the device cookie, it stays used", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await emailedLink(p.practiceId, a.id);
    const phone = generateToken();
    const first = await openOn(token, phone);
    const [link] = await db
      .select()
      .from(partnerLinks)
      .where(eq(partnerLinks.tokenHash, hashToken(token)));
    expect(link!.deviceHash).toBe(hashToken(phone));
    expect(JSON.stringify(link)).not.toContain(phone);

    await signOutPartner(db, first, "sign_out");
    expect(await partnerForSession(db, first)).toBeNull();

    // Another device, or this one after quick exit forgot its cookie: used.
    expect(await openPartnerLink(db, token, { deviceCookie: generateToken() })).toEqual({
      ok: false,
      reason: "used",
    });
    expect(await openPartnerLink(db, token, { deviceCookie: null })).toEqual({
      ok: false,
      reason: "used",
    });
    // The phone that first used it: a fresh session, no new email needed.
    expect(await previewPartnerLink(db, token, { deviceCookie: phone })).toEqual({ ok: "ready" });
    const again = await openOn(token, phone);
    expect(await partnerForSession(db, again)).toMatchObject({ partnerId: a.id });
  });

  test("does not outlive the link: expired or revoked, the device cookie opens nothing", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await emailedLink(p.practiceId, a.id);
    const phone = generateToken();
    await openOn(token, phone);
    await p.therapist.api.partnerLinks.revoke({ practiceId: p.practiceId, partnerId: a.id });
    expect(await openPartnerLink(db, token, { deviceCookie: phone })).toEqual({
      ok: false,
      reason: "revoked",
    });
    const other = await emailedLink(p.practiceId, a.id);
    await openOn(other, phone);
    await db
      .update(partnerLinks)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(partnerLinks.tokenHash, hashToken(other)));
    expect(await openPartnerLink(db, other, { deviceCookie: phone })).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});

describe("is this your own device?", () => {
  test("unanswered or shared: the session ends after the practice's idle minutes", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    await db
      .update(practices)
      .set({ sharedDeviceIdleMinutes: 10 })
      .where(eq(practices.id, p.practiceId));
    const unanswered = await openOn(await emailedLink(p.practiceId, a.id), generateToken());
    const shared = await openOn(await emailedLink(p.practiceId, a.id), generateToken());
    await choosePartnerDevice(db, shared, "shared");
    const idle = async (token: string, minutes: number) =>
      db
        .update(partnerSessions)
        .set({ lastSeenAt: sql`now() - make_interval(mins => ${minutes})` })
        .where(eq(partnerSessions.tokenHash, hashToken(token)));
    await idle(unanswered, 9);
    await idle(shared, 9);
    expect(await partnerForSession(db, unanswered)).toMatchObject({ device: null });
    expect(await partnerForSession(db, shared)).toMatchObject({ device: "shared" });
    await idle(unanswered, 11);
    await idle(shared, 11);
    expect(await partnerForSession(db, unanswered)).toBeNull();
    expect(await partnerForSession(db, shared)).toBeNull();
  });

  test("a request keeps a shared session alive: last seen moves on, at most once a minute", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await openOn(await emailedLink(p.practiceId, a.id), generateToken());
    await db
      .update(partnerSessions)
      .set({ lastSeenAt: sql`now() - interval '20 minutes'` })
      .where(eq(partnerSessions.tokenHash, hashToken(token)));
    await partnerForSession(db, token);
    const touched = (await session(token))!.lastSeenAt;
    expect(Date.now() - touched.getTime()).toBeLessThan(60_000);
    await partnerForSession(db, token);
    expect((await session(token))!.lastSeenAt).toEqual(touched);
  });

  test("their own device: signed in for the link's lifetime, idle or not", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await emailedLink(p.practiceId, a.id);
    const own = await openOn(token, generateToken());
    const [link] = await db
      .select()
      .from(partnerLinks)
      .where(eq(partnerLinks.tokenHash, hashToken(token)));
    expect((await session(own))!.expiresAt.getTime()).toBeLessThan(link!.expiresAt.getTime());
    const chosen = await choosePartnerDevice(db, own, "own");
    expect(chosen?.expiresAt).toEqual(link!.expiresAt);
    await db
      .update(partnerSessions)
      .set({ lastSeenAt: sql`now() - interval '3 days'` })
      .where(eq(partnerSessions.tokenHash, hashToken(own)));
    expect(await partnerForSession(db, own)).toMatchObject({ device: "own", draftDays: 7 });
    // Changing the answer to shared brings the short lifetime back.
    const shared = await choosePartnerDevice(db, own, "shared");
    expect(shared!.expiresAt.getTime()).toBeLessThan(link!.expiresAt.getTime());
    await db
      .update(partnerSessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(partnerSessions.tokenHash, hashToken(own)));
    expect(await partnerForSession(db, own)).toBeNull();
  });

  test("the answer is audited; a session that has ended cannot answer", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const token = await openOn(await emailedLink(p.practiceId, a.id), generateToken());
    await choosePartnerDevice(db, token, "own");
    await signOutPartner(db, token, "quick_exit");
    expect(await choosePartnerDevice(db, token, "own")).toBeNull();
    const events = await db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.coupleId, coupleId), eq(auditEvents.subjectId, a.id)));
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "partner.device_chosen", details: { device: "own" } },
        { action: "partner.signed_out", details: { quickExit: true } },
      ]),
    );
  });
});
