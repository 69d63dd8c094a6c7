import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { env } from "~/env";
import { invitations } from "~/server/db/schema";
import { describeError } from "~/server/trpc/errors";
import { hashToken } from "~/server/tokens";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  coupleInput,
  invitationRow,
  inviteByEmail,
  invitationTokenIn,
  mailTo,
  seedCouple,
  seedPractice,
  unique,
  userWithEmail,
  rejectsWith,
} from "~/test/factories";

const db = testDatabase();
const newEmail = () => `${unique("invitee")}@example.test`;

describe("invitations.invite", () => {
  test("emails a link to /invitations/<token> and nothing about the practice's couples or members", async () => {
    const p = await seedPractice(db);
    const input = coupleInput(p.therapist.user.id, unique("Jordan & Casey"));
    input.partners = [
      { displayName: unique("Jordan"), email: `${unique("jordan")}@example.test` },
      { displayName: unique("Casey"), email: null },
    ];
    await seedCouple(p, p.therapist.user.id, input);
    const email = newEmail();

    const result = await p.admin.api.invitations.invite({
      practiceId: p.practiceId,
      email: `  ${email.toUpperCase()} `,
      role: "therapist",
    });
    expect(result).toEqual({ id: expect.any(String), email, role: "therapist" });

    const mail = await mailTo(db, email);
    expect(mail).toHaveLength(1);
    const [message] = mail;
    expect(message?.subject).toContain(p.practice.name);
    const token = invitationTokenIn(message!.text);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const body of [message!.text, message!.html]) {
      expect(body).toContain(new URL(`/invitations/${token}`, env.APP_URL).toString());
      for (const secret of [
        input.label,
        input.partners[0].displayName,
        input.partners[1].displayName,
        input.partners[0].email!,
        p.therapist.user.email,
        p.otherTherapist.user.email,
        p.practiceId,
      ]) {
        expect(body).not.toContain(secret);
      }
    }
    const row = await invitationRow(db, result.id);
    expect(row).toMatchObject({
      email,
      role: "therapist",
      tokenHash: hashToken(token),
      invitedByUserId: p.admin.user.id,
    });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "invitation.created",
      actorUserId: p.admin.user.id,
      subjectId: result.id,
      details: { role: "therapist" },
    });
  });

  test("a therapist cannot invite (FORBIDDEN): no invitation, no email", async () => {
    const p = await seedPractice(db);
    const email = newEmail();
    await rejectsWith(
      p.therapist.api.invitations.invite({ practiceId: p.practiceId, email, role: "therapist" }),
      "FORBIDDEN",
    );
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
    expect(await mailTo(db, email)).toEqual([]);
  });

  test("inviting an existing member is a CONFLICT on the email field", async () => {
    const p = await seedPractice(db);
    const input = {
      practiceId: p.practiceId,
      email: p.therapist.user.email,
      role: "admin" as const,
    };
    const error = await rejectsWith(p.owner.api.invitations.invite(input), "CONFLICT");
    expect(error.cause).toMatchObject({ field: "email" });
    expect(describeError(error).fieldErrors).toEqual({
      email: ["This person is already a member of the practice."],
    });
    expect(await mailTo(db, p.therapist.user.email)).toEqual([]);
  });

  test("inviting the same address again replaces the pending invitation; the old link is withdrawn", async () => {
    const p = await seedPractice(db);
    const email = newEmail();
    const first = await inviteByEmail(db, p, email, "therapist");
    const second = await inviteByEmail(db, p, email, "admin");
    expect(second.token).not.toBe(first.token);
    const pending = await p.owner.api.invitations.pending({ practiceId: p.practiceId });
    expect(pending.map((i) => [i.id, i.role])).toEqual([[second.id, "admin"]]);
    const trail = (await auditTrail(db, p.practiceId)).map((e) => [e.action, e.subjectId]);
    expect(trail.slice(-3)).toEqual([
      ["invitation.created", first.id],
      ["invitation.revoked", first.id],
      ["invitation.created", second.id],
    ]);
    const invitee = (await userWithEmail(db, email)).api;
    await rejectsWith(invitee.invitations.accept({ token: first.token }), "CONFLICT");
    await expect(invitee.invitations.accept({ token: second.token })).resolves.toEqual({
      practiceId: p.practiceId,
    });
  });

  test("OUTSIDER: practice B's owner cannot invite into practice A (NOT_FOUND): nothing written", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const email = newEmail();
    await rejectsWith(
      b.owner.api.invitations.invite({ practiceId: a.practiceId, email, role: "admin" }),
      "NOT_FOUND",
    );
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
    expect(await mailTo(db, email)).toEqual([]);
    expect((await auditTrail(db, a.practiceId)).map((e) => e.action)).toEqual(["practice.created"]);
  });
});

describe("invitations.pending", () => {
  test("lists open invitations by email for managers only; accepted and revoked ones drop off", async () => {
    const p = await seedPractice(db);
    const base = newEmail();
    const [a, b, c, d] = ["a", "b", "c", "d"].map((letter) => `${letter}-${base}`) as [
      string,
      string,
      string,
      string,
    ];
    await inviteByEmail(db, p, d);
    const revoked = await inviteByEmail(db, p, b);
    await inviteByEmail(db, p, a);
    const accepted = await inviteByEmail(db, p, c);
    await p.owner.api.invitations.revoke({ practiceId: p.practiceId, invitationId: revoked.id });
    await (await userWithEmail(db, c)).api.invitations.accept({ token: accepted.token });
    const pending = await p.admin.api.invitations.pending({ practiceId: p.practiceId });
    expect(pending.map((i) => [i.email, i.role, i.expired])).toEqual([
      [a, "therapist", false],
      [d, "therapist", false],
    ]);
    await rejectsWith(
      p.therapist.api.invitations.pending({ practiceId: p.practiceId }),
      "FORBIDDEN",
    );
  });

  test("OUTSIDER: practice B naming practice A gets NOT_FOUND; B's list never holds A's invitations", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const invitation = await inviteByEmail(db, a, newEmail());
    await rejectsWith(b.owner.api.invitations.pending({ practiceId: a.practiceId }), "NOT_FOUND");
    const mine = await b.owner.api.invitations.pending({ practiceId: b.practiceId });
    expect(mine.map((i) => i.id)).not.toContain(invitation.id);
  });
});
