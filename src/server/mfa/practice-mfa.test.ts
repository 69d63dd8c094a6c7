import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { memberships, practices, staffMfa, staffSessions } from "~/server/db/schema";
import { SecondFactorRequired } from "~/server/errors";
import { sessionPrepDownload } from "~/server/prep/prep-download";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith, seedCouple, seedPractice } from "~/test/factories";
import { codeAt, enrolAuthenticator } from "~/test/mfa-factories";
import { confirmEnrolment, startEnrolment } from "./enrolment";

const db = testDatabase();

async function factorRow(userId: string) {
  const [row] = await db.select().from(staffMfa).where(eq(staffMfa.userId, userId));
  return row;
}

async function required(practiceId: string) {
  const [row] = await db
    .select({ required: practices.requireMfa })
    .from(practices)
    .where(eq(practices.id, practiceId));
  return row?.required;
}

describe("an owner requires an authenticator app for the practice", () => {
  test("owners turn it on and off, audited; admins and therapists cannot", async () => {
    const p = await seedPractice(db);
    const { practiceId } = p;
    await rejectsWith(p.admin.api.mfa.setRequired({ practiceId, required: true }), "FORBIDDEN");
    await rejectsWith(p.therapist.api.mfa.setRequired({ practiceId, required: true }), "FORBIDDEN");
    expect(await required(practiceId)).toBe(false);
    // Not before the owner has one: they would lock themselves out.
    await rejectsWith(p.owner.api.mfa.setRequired({ practiceId, required: true }), "CONFLICT");
    expect(await required(practiceId)).toBe(false);
    await enrolAuthenticator(db, p.owner.user);
    await p.owner.api.mfa.setRequired({ practiceId, required: true });
    expect(await required(practiceId)).toBe(true);
    await p.owner.api.mfa.setRequired({ practiceId, required: false });
    const changes = (await auditTrail(db, practiceId)).filter(
      (e) => e.action === "mfa.requirement_changed",
    );
    expect(changes.map((e) => e.details)).toEqual([{ required: true }, { required: false }]);
  });

  test("a member without one reaches no practice data (tRPC, PDF) until they set it up", async () => {
    const p = await seedPractice(db);
    const { practiceId } = p;
    const coupleId = await seedCouple(p, p.therapist.user.id);
    await enrolAuthenticator(db, p.owner.user);
    await p.owner.api.mfa.setRequired({ practiceId, required: true });

    const refused = await rejectsWith(
      p.therapist.api.couples.get({ practiceId, coupleId }),
      "FORBIDDEN",
    );
    expect(refused.cause).toBeInstanceOf(SecondFactorRequired);
    await rejectsWith(p.therapist.api.caseload.list({ practiceId }), "FORBIDDEN");
    const pdf = await sessionPrepDownload(
      db,
      p.therapist.user,
      { practiceId, coupleId },
      new URLSearchParams(),
    );
    expect(pdf.status).toBe(403);
    // Their own second factor is still theirs to set up.
    const { secret } = await p.therapist.api.mfa.startEnrolment();
    await p.therapist.api.mfa.confirmEnrolment({ code: await codeAt(secret, new Date()) });

    await expect(p.therapist.api.couples.get({ practiceId, coupleId })).resolves.toMatchObject({
      id: coupleId,
    });
    const after = await sessionPrepDownload(
      db,
      p.therapist.user,
      { practiceId, coupleId },
      new URLSearchParams(),
    );
    expect(after.status).toBe(200);
  });

  test("a member of two practices meets each practice's own rule", async () => {
    const strict = await seedPractice(db);
    const relaxed = await seedPractice(db);
    await db.insert(memberships).values({
      practiceId: strict.practiceId,
      userId: relaxed.therapist.user.id,
      role: "therapist",
    });
    await enrolAuthenticator(db, strict.owner.user);
    await strict.owner.api.mfa.setRequired({ practiceId: strict.practiceId, required: true });
    const api = relaxed.therapist.api;
    await rejectsWith(api.caseload.list({ practiceId: strict.practiceId }), "FORBIDDEN");
    await expect(api.caseload.list({ practiceId: relaxed.practiceId })).resolves.toBeDefined();
  });

  test("the practice's list says who has one, for owners and admins", async () => {
    const p = await seedPractice(db);
    await enrolAuthenticator(db, p.admin.user);
    const list = await p.admin.api.mfa.practice({ practiceId: p.practiceId });
    const byUser = Object.fromEntries(list.members.map((m) => [m.userId, m.confirmedAt !== null]));
    expect(byUser[p.admin.user.id]).toBe(true);
    expect(byUser[p.therapist.user.id]).toBe(false);
    await rejectsWith(p.therapist.api.mfa.practice({ practiceId: p.practiceId }), "FORBIDDEN");
  });
});

describe("resetting a member's authenticator app", () => {
  test("an owner resets a member's, audited; the member can set one up again", async () => {
    const p = await seedPractice(db);
    const member = p.therapist.user;
    await enrolAuthenticator(db, member);
    await p.owner.api.mfa.resetMember({ practiceId: p.practiceId, userId: member.id });
    expect(await factorRow(member.id)).toBeUndefined();
    const reset = (await auditTrail(db, p.practiceId)).filter((e) => e.action === "mfa.reset");
    expect(reset).toMatchObject([
      { actorUserId: p.owner.user.id, subjectId: member.id, details: { own: false } },
    ]);
    const { secret } = await startEnrolment(db, member);
    await confirmEnrolment(db, member, { code: await codeAt(secret, new Date()) });
    expect((await factorRow(member.id))?.confirmedAt).not.toBeNull();
  });

  test("a reset ends the member's sign-ins, so one waiting for a code never becomes a full one", async () => {
    const p = await seedPractice(db);
    const member = p.therapist.user;
    await enrolAuthenticator(db, member);
    await db.insert(staffSessions).values({
      sessionToken: crypto.randomUUID(),
      userId: member.id,
      expires: new Date(Date.now() + 3_600_000),
    });
    await p.owner.api.mfa.resetMember({ practiceId: p.practiceId, userId: member.id });
    expect(
      await db.select().from(staffSessions).where(eq(staffSessions.userId, member.id)),
    ).toEqual([]);
  });

  test("a member who also belongs to another practice is not reset from here: the factor guards both", async () => {
    const p = await seedPractice(db);
    const other = await seedPractice(db);
    const member = p.therapist.user;
    await db
      .insert(memberships)
      .values({ practiceId: other.practiceId, userId: member.id, role: "therapist" });
    await enrolAuthenticator(db, member);
    const before = await factorRow(member.id);
    await rejectsWith(
      other.owner.api.mfa.resetMember({ practiceId: other.practiceId, userId: member.id }),
      "FORBIDDEN",
    );
    expect(await factorRow(member.id)).toEqual(before);
    expect(
      (await auditTrail(db, other.practiceId)).filter((e) => e.action === "mfa.reset"),
    ).toEqual([]);
  });

  test("admins and therapists cannot reset anyone's", async () => {
    const p = await seedPractice(db);
    await enrolAuthenticator(db, p.otherTherapist.user);
    const before = await factorRow(p.otherTherapist.user.id);
    const input = { practiceId: p.practiceId, userId: p.otherTherapist.user.id };
    await rejectsWith(p.admin.api.mfa.resetMember(input), "FORBIDDEN");
    await rejectsWith(p.therapist.api.mfa.resetMember(input), "FORBIDDEN");
    expect(await factorRow(p.otherTherapist.user.id)).toEqual(before);
  });

  test("an owner's own needs one of their recovery codes, used up by the reset", async () => {
    const p = await seedPractice(db);
    const owner = p.owner.user;
    const { recoveryCodes } = await enrolAuthenticator(db, owner);
    const before = await factorRow(owner.id);
    const own = { practiceId: p.practiceId, userId: owner.id };
    await rejectsWith(p.owner.api.mfa.resetMember(own), "FORBIDDEN");
    await rejectsWith(
      p.owner.api.mfa.resetMember({ ...own, recoveryCode: "AAAA-BBBB-CC" }),
      "BAD_REQUEST",
    );
    expect(await factorRow(owner.id)).toEqual(before);
    await p.owner.api.mfa.resetMember({ ...own, recoveryCode: recoveryCodes[0] });
    expect(await factorRow(owner.id)).toBeUndefined();
    const reset = (await auditTrail(db, p.practiceId)).filter((e) => e.action === "mfa.reset");
    expect(reset).toMatchObject([{ subjectId: owner.id, details: { own: true } }]);
  });
});

describe("another practice's owner", () => {
  test("gets NOT_FOUND from every practice-scoped second-factor procedure, and nothing changes", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    await enrolAuthenticator(db, a.therapist.user);
    const before = {
      factor: await factorRow(a.therapist.user.id),
      required: await required(a.practiceId),
    };
    const auditBefore = await auditTrail(db, a.practiceId);
    const outsider = b.owner.api;
    const practiceId = a.practiceId;
    await rejectsWith(outsider.mfa.practice({ practiceId }), "NOT_FOUND");
    await rejectsWith(outsider.mfa.setRequired({ practiceId, required: true }), "NOT_FOUND");
    await rejectsWith(
      outsider.mfa.resetMember({ practiceId, userId: a.therapist.user.id }),
      "NOT_FOUND",
    );
    // Through their own practice, a member of another one is not found either.
    await rejectsWith(
      outsider.mfa.resetMember({ practiceId: b.practiceId, userId: a.therapist.user.id }),
      "NOT_FOUND",
    );
    expect(await factorRow(a.therapist.user.id)).toEqual(before.factor);
    expect(await required(a.practiceId)).toEqual(before.required);
    expect(await auditTrail(db, a.practiceId)).toEqual(auditBefore);
  });
});
