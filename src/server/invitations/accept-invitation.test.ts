import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { invitations } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  callerFor,
  createUser,
  invitationRow,
  inviteByEmail,
  membershipRow,
  seedPractice,
  unique,
  userWithEmail,
  rejectsWith,
} from "~/test/factories";

const db = testDatabase();
const newEmail = () => `${unique("invitee")}@example.test`;

async function invited(role: "admin" | "therapist" = "therapist") {
  const p = await seedPractice(db);
  const email = newEmail();
  const invitation = await inviteByEmail(db, p, email, role);
  const invitee = await userWithEmail(db, email);
  return { p, email, invitation, invitee };
}

describe("invitations.accept", () => {
  test("the invited address joins the practice with the invited role; the acceptance is audited", async () => {
    const { p, invitation, invitee } = await invited("admin");
    await expect(invitee.api.invitations.accept({ token: invitation.token })).resolves.toEqual({
      practiceId: p.practiceId,
    });

    expect(await membershipRow(db, p.practiceId, invitee.user.id)).toMatchObject({ role: "admin" });
    expect(await invitee.api.practices.mine()).toEqual([
      {
        id: p.practiceId,
        name: p.practice.name,
        timeZone: "Europe/London",
        dateStyle: "US",
        role: "admin",
      },
    ]);
    // As an admin they can now do admin things.
    await expect(invitee.api.invitations.pending({ practiceId: p.practiceId })).resolves.toEqual(
      [],
    );
    expect(await invitationRow(db, invitation.id)).toMatchObject({
      acceptedByUserId: invitee.user.id,
      acceptedAt: expect.any(Date),
    });
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "invitation.accepted",
      actorUserId: invitee.user.id,
      subjectId: invitation.id,
      details: { role: "admin" },
    });
  });

  test("accepting as a therapist gives the therapist role, not more, whatever the address case", async () => {
    const { p, invitation, invitee } = await invited("therapist");
    // The session may spell the address in capitals; it is still the invited address.
    const shouting = callerFor(db, { ...invitee.user, email: invitee.user.email.toUpperCase() });
    await shouting.invitations.accept({ token: invitation.token });
    expect((await membershipRow(db, p.practiceId, invitee.user.id))?.role).toBe("therapist");
    await rejectsWith(invitee.api.invitations.pending({ practiceId: p.practiceId }), "FORBIDDEN");
  });

  test("someone signed in with another address is refused (FORBIDDEN); the invitation stays open", async () => {
    const { p, email, invitation, invitee } = await invited();
    const stranger = await createUser(db);
    const before = await invitationRow(db, invitation.id);
    await expect(
      callerFor(db, stranger).invitations.accept({ token: invitation.token }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining(email),
    });
    expect(await membershipRow(db, p.practiceId, stranger.id)).toBeUndefined();
    expect(await invitationRow(db, invitation.id)).toEqual(before);
    await expect(invitee.api.invitations.accept({ token: invitation.token })).resolves.toEqual({
      practiceId: p.practiceId,
    });
  });

  test("accepting twice is a CONFLICT, and the role is not changed by the second try", async () => {
    const { p, invitation, invitee } = await invited();
    await invitee.api.invitations.accept({ token: invitation.token });
    const membership = await membershipRow(db, p.practiceId, invitee.user.id);
    await expect(invitee.api.invitations.accept({ token: invitation.token })).rejects.toMatchObject(
      {
        code: "CONFLICT",
        message: expect.stringContaining("already been used"),
      },
    );
    expect(await membershipRow(db, p.practiceId, invitee.user.id)).toEqual(membership);
    const accepted = (await auditTrail(db, p.practiceId)).filter(
      (e) => e.action === "invitation.accepted",
    );
    expect(accepted).toHaveLength(1);
  });

  test("an expired invitation is a CONFLICT that says it expired", async () => {
    const { p, invitation, invitee } = await invited();
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));
    await expect(invitee.api.invitations.accept({ token: invitation.token })).rejects.toMatchObject(
      {
        code: "CONFLICT",
        message: expect.stringMatching(/expired/i),
      },
    );
    expect(await membershipRow(db, p.practiceId, invitee.user.id)).toBeUndefined();
    expect((await invitationRow(db, invitation.id))?.acceptedAt).toBeNull();
  });

  test("a revoked invitation is a CONFLICT and grants nothing", async () => {
    const { p, invitation, invitee } = await invited();
    await p.owner.api.invitations.revoke({ practiceId: p.practiceId, invitationId: invitation.id });
    await expect(invitee.api.invitations.accept({ token: invitation.token })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    expect(await membershipRow(db, p.practiceId, invitee.user.id)).toBeUndefined();
  });

  test("an unknown or malformed token is NOT_FOUND or BAD_REQUEST", async () => {
    const { invitation, invitee } = await invited();
    const tampered = `${invitation.token.slice(0, -2)}${invitation.token.endsWith("AA") ? "BB" : "AA"}`;
    await rejectsWith(invitee.api.invitations.accept({ token: tampered }), "NOT_FOUND");
    await rejectsWith(invitee.api.invitations.accept({ token: "short" }), "BAD_REQUEST");
  });

  test("a signed-out visitor cannot accept (UNAUTHORIZED)", async () => {
    const { p, invitation } = await invited();
    await rejectsWith(
      callerFor(db, null).invitations.accept({ token: invitation.token }),
      "UNAUTHORIZED",
    );
    expect((await invitationRow(db, invitation.id))?.acceptedAt).toBeNull();
    expect(await p.owner.api.invitations.pending({ practiceId: p.practiceId })).toHaveLength(1);
  });
});

describe("invitations.preview", () => {
  test("shows a signed-out visitor the practice, address, role and state of a link", async () => {
    const { p, email, invitation } = await invited("admin");
    const anonymous = callerFor(db, null);
    const expected = { practiceName: p.practice.name, email, role: "admin" };
    await expect(anonymous.invitations.preview({ token: invitation.token })).resolves.toEqual({
      ...expected,
      state: "pending",
    });

    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));
    await expect(anonymous.invitations.preview({ token: invitation.token })).resolves.toEqual({
      ...expected,
      state: "expired",
    });

    await p.owner.api.invitations.resend({ practiceId: p.practiceId, invitationId: invitation.id });
    await expect(anonymous.invitations.preview({ token: invitation.token })).resolves.toBeNull();
  });

  test("reports accepted and revoked links, and null for a token that matches nothing", async () => {
    const a = await invited();
    await a.invitee.api.invitations.accept({ token: a.invitation.token });
    const b = await invited();
    await b.p.owner.api.invitations.revoke({
      practiceId: b.p.practiceId,
      invitationId: b.invitation.id,
    });
    const anonymous = callerFor(db, null);
    await expect(
      anonymous.invitations.preview({ token: a.invitation.token }),
    ).resolves.toMatchObject({ state: "accepted" });
    await expect(
      anonymous.invitations.preview({ token: b.invitation.token }),
    ).resolves.toMatchObject({ state: "revoked" });
    await expect(anonymous.invitations.preview({ token: "x".repeat(43) })).resolves.toBeNull();
  });
});
