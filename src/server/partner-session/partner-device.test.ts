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
  test("signs in again on a phone the partner called their own; elsewhere, or on a shared phone, it stays used", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await emailedLink(p.practiceId, a.id);
    const phone = generateToken();
    const first = await openOn(token, phone);
    const linkRow = async () =>
      (
        await db
          .select()
          .from(partnerLinks)
          .where(eq(partnerLinks.tokenHash, hashToken(token)))
      )[0]!;
    // Not yet said (treated as shared): the link in this browser's history opens nothing.
    expect((await linkRow()).deviceHash).toBeNull();
    await choosePartnerDevice(db, first, "own", phone);
    expect((await linkRow()).deviceHash).toBe(hashToken(phone));
    expect(JSON.stringify(await linkRow())).not.toContain(phone);

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
    // Their own phone: a fresh session, no new email needed.
    expect(await previewPartnerLink(db, token, { deviceCookie: phone })).toEqual({ ok: "ready" });
    const again = await openOn(token, phone);
    expect(await partnerForSession(db, again)).toMatchObject({ partnerId: a.id });

    // Told later it is shared: the link no longer reopens there.
    await choosePartnerDevice(db, again, "shared", phone);
    await signOutPartner(db, again, "sign_out");
    expect(await openPartnerLink(db, token, { deviceCookie: phone })).toEqual({
      ok: false,
      reason: "used",
    });
  });

  test("an idled-out shared session cannot be revived by answering the device question", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await emailedLink(p.practiceId, a.id);
    const phone = generateToken();
    const session = await openOn(token, phone);
    await db
      .update(partnerSessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(partnerSessions.tokenHash, hashToken(session)));
    expect(await choosePartnerDevice(db, session, "own", phone)).toBeNull();
    expect(await partnerForSession(db, session)).toBeNull();
    expect(await openPartnerLink(db, token, { deviceCookie: phone })).toEqual({
      ok: false,
      reason: "used",
    });
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
