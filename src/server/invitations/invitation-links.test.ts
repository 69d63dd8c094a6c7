import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { invitations } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  invitationRow,
  inviteByEmail,
  latestInvitationToken,
  mailTo,
  rejectsWith,
  seedPractice,
  unique,
  userWithEmail,
} from "~/test/factories";

const db = testDatabase();
const newEmail = () => `${unique("invitee")}@example.test`;

describe("invitations.resend", () => {
  test("issues a new link and a fresh expiry; the old link no longer works", async () => {
    const p = await seedPractice(db);
    const email = newEmail();
    const { id, token: oldToken } = await inviteByEmail(db, p, email);
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitations.id, id));
    const listed = async () =>
      (await p.admin.api.invitations.pending({ practiceId: p.practiceId })).map((i) => [
        i.id,
        i.expired,
      ]);
    expect(await listed()).toEqual([[id, true]]);

    await p.admin.api.invitations.resend({ practiceId: p.practiceId, invitationId: id });
    expect(await listed()).toEqual([[id, false]]);
    expect(await mailTo(db, email)).toHaveLength(2);
    const newToken = await latestInvitationToken(db, email);
    expect(newToken).not.toBe(oldToken);
    expect((await invitationRow(db, id))!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "invitation.resent",
      subjectId: id,
      actorUserId: p.admin.user.id,
    });

    const invitee = (await userWithEmail(db, email)).api;
    await rejectsWith(invitee.invitations.accept({ token: oldToken }), "NOT_FOUND");
    await expect(invitee.invitations.accept({ token: newToken })).resolves.toEqual({
      practiceId: p.practiceId,
    });
  });

  test("a therapist cannot resend (FORBIDDEN); a revoked invitation cannot be resent (NOT_FOUND)", async () => {
    const p = await seedPractice(db);
    const email = newEmail();
    const { id } = await inviteByEmail(db, p, email);
    await rejectsWith(
      p.therapist.api.invitations.resend({ practiceId: p.practiceId, invitationId: id }),
      "FORBIDDEN",
    );
    await p.owner.api.invitations.revoke({ practiceId: p.practiceId, invitationId: id });
    await rejectsWith(
      p.owner.api.invitations.resend({ practiceId: p.practiceId, invitationId: id }),
      "NOT_FOUND",
    );
    expect(await mailTo(db, email)).toHaveLength(1);
  });

  test("OUTSIDER: practice B cannot resend practice A's invitation (NOT_FOUND), row unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const email = newEmail();
    const { id } = await inviteByEmail(db, a, email);
    const before = await invitationRow(db, id);
    await rejectsWith(
      b.owner.api.invitations.resend({ practiceId: b.practiceId, invitationId: id }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.invitations.resend({ practiceId: a.practiceId, invitationId: id }),
      "NOT_FOUND",
    );
    expect(await invitationRow(db, id)).toEqual(before);
    expect(await mailTo(db, email)).toHaveLength(1);
  });
});

describe("invitations.revoke", () => {
  test("withdraws the invitation: its link is refused and it leaves the pending list", async () => {
    const p = await seedPractice(db);
    const email = newEmail();
    const { id, token } = await inviteByEmail(db, p, email);
    await p.admin.api.invitations.revoke({ practiceId: p.practiceId, invitationId: id });
    expect((await invitationRow(db, id))!.revokedAt).toBeInstanceOf(Date);
    expect(await p.owner.api.invitations.pending({ practiceId: p.practiceId })).toEqual([]);
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "invitation.revoked",
      subjectId: id,
      actorUserId: p.admin.user.id,
    });
    const invitee = (await userWithEmail(db, email)).api;
    await expect(invitee.invitations.accept({ token })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("withdrawn"),
    });
    await rejectsWith(
      p.admin.api.invitations.revoke({ practiceId: p.practiceId, invitationId: id }),
      "NOT_FOUND",
    );
    await rejectsWith(
      p.therapist.api.invitations.revoke({ practiceId: p.practiceId, invitationId: id }),
      "FORBIDDEN",
    );
  });

  test("OUTSIDER: practice B cannot revoke practice A's invitation (NOT_FOUND), row unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const { id } = await inviteByEmail(db, a, newEmail());
    const before = await invitationRow(db, id);
    await rejectsWith(
      b.owner.api.invitations.revoke({ practiceId: b.practiceId, invitationId: id }),
      "NOT_FOUND",
    );
    await rejectsWith(
      b.owner.api.invitations.revoke({ practiceId: a.practiceId, invitationId: id }),
      "NOT_FOUND",
    );
    expect(await invitationRow(db, id)).toEqual(before);
  });
});
