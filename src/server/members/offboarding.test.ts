import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { openPartnerLink, partnerForSession } from "~/server/partner-session/partner-session";
import { partnerLinks, invitations } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { auditTrail, latestInvitationToken, unique, userWithEmail } from "~/test/factories";
import { openAsPartner, seedCoupleWithPartners } from "~/test/homework-factories";

const db = testDatabase();

describe("a member who leaves takes nothing with them", () => {
  test("an admin's invitation to their own second address dies with their removal", async () => {
    const { p } = await seedCoupleWithPartners(db);
    const secondAddress = `${unique("alt")}@example.test`;
    const invitation = await p.admin.api.invitations.invite({
      practiceId: p.practiceId,
      email: secondAddress,
      role: "admin",
    });
    const token = await latestInvitationToken(db, secondAddress);
    await p.owner.api.members.remove({ practiceId: p.practiceId, userId: p.admin.user.id });

    const [row] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row!.revokedAt).not.toBeNull();
    const alt = await userWithEmail(db, secondAddress);
    await expect(alt.api.invitations.accept({ token })).rejects.toThrow(/withdrawn/);
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "member.removed",
      details: { role: "admin", invitationsRevoked: 1 },
    });
  });

  test("an admin demoted to therapist loses the invitations they sent", async () => {
    const { p } = await seedCoupleWithPartners(db);
    const invitation = await p.admin.api.invitations.invite({
      practiceId: p.practiceId,
      email: `${unique("new")}@example.test`,
      role: "therapist",
    });
    await p.owner.api.members.changeRole({
      practiceId: p.practiceId,
      userId: p.admin.user.id,
      role: "therapist",
    });
    const [row] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row!.revokedAt).not.toBeNull();
  });

  test("links a removed therapist showed on screen stop working, with their sessions", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const shown = await openAsPartner(db, p, a.id, { via: "screen" });
    const emailed = await openAsPartner(db, p, a.id);
    await p.owner.api.couples.reassign({
      practiceId: p.practiceId,
      coupleIds: [coupleId],
      therapistUserId: p.otherTherapist.user.id,
    });
    await p.owner.api.members.remove({ practiceId: p.practiceId, userId: p.therapist.user.id });

    expect(await partnerForSession(db, shown.sessionToken)).toBeNull();
    expect(await openPartnerLink(db, shown.token)).toEqual({ ok: false, reason: "revoked" });
    // The link the partner got by email is theirs, not the therapist's: it keeps working.
    expect(await partnerForSession(db, emailed.sessionToken)).not.toBeNull();
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "member.removed",
      details: { linksRevoked: 1, partnerSessionsEnded: 1 },
    });
  });
});

describe("a couple's links follow the couple", () => {
  test("changing a partner's address ends the links sent to the old one", async () => {
    const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, p, a.id);
    const sam = await openAsPartner(db, p, b.id);
    await p.therapist.api.couples.update({
      practiceId: p.practiceId,
      coupleId,
      label: "Alex & Sam",
      timeZone: a.timeZone,
      partners: [
        { displayName: a.displayName, email: `${unique("new-alex")}@example.test` },
        { displayName: b.displayName, email: b.email },
      ],
    });
    expect(await partnerForSession(db, alex.sessionToken)).toBeNull();
    expect(await partnerForSession(db, sam.sessionToken)).not.toBeNull();
    const links = await db.select().from(partnerLinks).where(eq(partnerLinks.partnerId, a.id));
    expect(links.every((l) => l.revokedAt !== null)).toBe(true);
  });

  test("discharge ends links for good: re-activating the couple revives none", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, p, a.id);
    const input = { practiceId: p.practiceId, coupleId };
    await p.therapist.api.couples.setStatus({ ...input, status: "discharged" });
    await p.therapist.api.couples.setStatus({ ...input, status: "active" });
    expect(await partnerForSession(db, alex.sessionToken)).toBeNull();
    expect(await openPartnerLink(db, alex.token)).toEqual({ ok: false, reason: "revoked" });
  });
});
