import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { mintPartnerLink } from "~/server/partner-links/mint-link";
import {
  auditEvents,
  partnerLinks,
  partnerSessions,
  emailOutbox,
  partners,
} from "~/server/db/schema";
import { hashToken } from "~/server/tokens";
import { testDatabase } from "~/test/db";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  publicCaller,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { openPartnerLink, partnerForSession, previewPartnerLink } from "./partner-session";

const db = testDatabase();

async function emailedLink(practiceId: string, partnerId: string) {
  const { url } = await mintPartnerLink(db, { practiceId, partnerId, createdByUserId: null });
  return new URL(url).pathname.split("/").pop()!;
}

describe("opening a personal link", () => {
  test("looking at the link changes nothing: no session, not used", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await emailedLink(p.practiceId, a.id);
    expect(await previewPartnerLink(db, token)).toEqual({ ok: "ready" });
    expect(await previewPartnerLink(db, token)).toEqual({ ok: "ready" });
    const [link] = await db
      .select()
      .from(partnerLinks)
      .where(eq(partnerLinks.tokenHash, hashToken(token)));
    expect(link!.usedAt).toBeNull();
    expect(
      await db.select().from(partnerSessions).where(eq(partnerSessions.partnerId, a.id)),
    ).toEqual([]);
  });

  test("a link works once: on its own device it carries on, anywhere else it is used up", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const token = await emailedLink(p.practiceId, a.id);
    const first = await openPartnerLink(db, token);
    if (first.ok !== true) throw new Error("first open failed");
    expect(await openPartnerLink(db, token, { deviceSession: first.sessionToken })).toEqual({
      ok: "continue",
    });
    expect(await openPartnerLink(db, token)).toEqual({ ok: false, reason: "used" });
    expect(await previewPartnerLink(db, token)).toEqual({ ok: false, reason: "used" });
    const sessions = await db
      .select()
      .from(partnerSessions)
      .where(eq(partnerSessions.partnerId, a.id));
    expect(sessions).toHaveLength(1);
  });

  test("another partner's session on the device is replaced only when the person agrees", async () => {
    const { p, a, b } = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, p, a.id);
    const samToken = await emailedLink(p.practiceId, b.id);
    expect(await openPartnerLink(db, samToken, { deviceSession: alex.sessionToken })).toEqual({
      ok: "confirm",
    });
    expect(await partnerForSession(db, alex.sessionToken)).not.toBeNull();
    const sam = await openPartnerLink(db, samToken, {
      deviceSession: alex.sessionToken,
      replace: true,
    });
    expect(sam.ok).toBe(true);
    expect(await partnerForSession(db, alex.sessionToken)).toBeNull();
  });
});

describe("a link a therapist showed on screen", () => {
  test("is marked in the audit, and its session cannot change sharing", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const assignment = await assignMicroHurt(p, coupleId);
    const shown = await openAsPartner(db, p, a.id, { via: "screen" });
    expect(shown.scope.shownOnScreen).toBe(true);
    const saved = await shown.api.partner.submitEntry(microHurtSubmission(assignment.id));
    await expect(shown.api.partner.setSharing({ entryId: saved.id, shared: true })).rejects.toThrow(
      /link emailed to you/,
    );
    await expect(
      shown.api.partner.submitEntry(microHurtSubmission(assignment.id, { share: true })),
    ).rejects.toThrow(/link emailed to you/);
    const events = await db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.coupleId, coupleId));
    expect(events).toContainEqual(
      expect.objectContaining({
        action: "partner_link.opened",
        details: expect.objectContaining({ shownOnScreen: true }),
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        action: "entry.submitted",
        details: expect.objectContaining({ shownOnScreen: true }),
      }),
    );

    const own = await openAsPartner(db, p, a.id);
    expect(own.scope.shownOnScreen).toBe(false);
    await own.api.partner.setSharing({ entryId: saved.id, shared: true });
  });
});

describe("revoking a partner's links", () => {
  test("cancels queued link emails and pauses new ones until a therapist issues a link", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    await p.therapist.api.partnerLinks.email({ practiceId: p.practiceId, partnerId: a.id });
    await p.therapist.api.partnerLinks.revoke({ practiceId: p.practiceId, partnerId: a.id });
    const queued = await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, a.id));
    expect(queued.map((q) => q.status)).toEqual(["cancelled"]);

    // Nobody can get a new link into that inbox while links are paused.
    await publicCaller(db).partner.requestLink({ email: a.email! });
    await assignMicroHurt(p, coupleId, [1]);
    const pending = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.subjectId, a.id), eq(emailOutbox.status, "pending")));
    expect(pending).toEqual([]);

    // The therapist turns links back on by sending one.
    await p.therapist.api.partnerLinks.email({ practiceId: p.practiceId, partnerId: a.id });
    const [row] = await db.select().from(partners).where(eq(partners.id, a.id));
    expect(row!.linksPausedAt).toBeNull();
  });
});
