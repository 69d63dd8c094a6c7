import { describe, expect, test } from "vitest";
import { sessionPrepDownload } from "~/server/prep/prep-download";
import { createCaller } from "~/server/trpc/root";
import { verifySecondFactor } from "~/server/mfa/verify";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedCouple, seedPractice } from "~/test/factories";
import { codeAt, enrolAuthenticator, nextStep, signInSession } from "~/test/mfa-factories";
import { signedInUser, staffPageRedirect, staffSignIn } from "./staff-access";

const db = testDatabase();

/** A practice whose therapist has an authenticator and has just signed in again by email link. */
async function scene() {
  const p = await seedPractice(db);
  const coupleId = await seedCouple(p, p.therapist.user.id);
  const { secret } = await enrolAuthenticator(db, p.therapist.user);
  const sessionToken = await signInSession(db, p.therapist.user.id);
  const present = () =>
    staffSignIn(db, { user: p.therapist.user, sessionTokens: ["not-a-session", sessionToken] });
  return { p, coupleId, secret, sessionToken, present };
}

describe("a session that owes its second factor", () => {
  test("has no user for tRPC or the PDF, and its pages send it to the code page", async () => {
    const { p, coupleId, present } = await scene();
    const signIn = await present();
    expect(signIn?.awaitsSecondFactor).toBe(true);
    const user = signedInUser(signIn);
    expect(user).toBeNull();

    const api = createCaller({ db, user });
    await rejectsWith(api.couples.get({ practiceId: p.practiceId, coupleId }), "UNAUTHORIZED");
    await rejectsWith(api.practices.mine(), "UNAUTHORIZED");
    const pdf = await sessionPrepDownload(
      db,
      user,
      { practiceId: p.practiceId, coupleId },
      new URLSearchParams(),
    );
    expect(pdf.status).toBe(401);
    const returnTo = `/p/${p.practiceId}/couples/${coupleId}`;
    expect(await staffPageRedirect(db, signIn, { returnTo, practiceId: p.practiceId })).toBe(
      `/mfa?next=${encodeURIComponent(returnTo)}`,
    );
    expect(await staffPageRedirect(db, signIn, { returnTo: "/practices" })).toBe(
      "/mfa?next=%2Fpractices",
    );
  });

  test("after the code, the same session reaches the practice", async () => {
    const { p, coupleId, secret, sessionToken, present } = await scene();
    const at = nextStep();
    await verifySecondFactor(db, {
      userId: p.therapist.user.id,
      sessionToken,
      code: await codeAt(secret, at),
      now: at,
    });
    const signIn = await present();
    expect(signIn?.awaitsSecondFactor).toBe(false);
    const user = signedInUser(signIn);
    expect(user?.sessionToken).toBe(sessionToken);
    await expect(
      createCaller({ db, user }).couples.get({ practiceId: p.practiceId, coupleId }),
    ).resolves.toMatchObject({ id: coupleId });
    expect(
      await staffPageRedirect(db, signIn, { returnTo: "/x", practiceId: p.practiceId }),
    ).toBeNull();
  });

  test("someone without an authenticator is not asked for a code", async () => {
    const p = await seedPractice(db);
    const sessionToken = await signInSession(db, p.admin.user.id);
    const signIn = await staffSignIn(db, { user: p.admin.user, sessionTokens: [sessionToken] });
    expect(signIn?.awaitsSecondFactor).toBe(false);
    expect(signedInUser(signIn)?.id).toBe(p.admin.user.id);
  });

  test("another person's session token does not count as this person's", async () => {
    const { p, present } = await scene();
    const adminSession = await signInSession(db, p.admin.user.id);
    expect(
      await staffSignIn(db, { user: p.therapist.user, sessionTokens: [adminSession] }),
    ).toBeNull();
    expect(await present()).not.toBeNull();
  });
});

describe("a practice that requires a second factor", () => {
  test("sends its pages to setting one up for a member without one, and no other practice's", async () => {
    const p = await seedPractice(db);
    await enrolAuthenticator(db, p.owner.user);
    await p.owner.api.mfa.setRequired({ practiceId: p.practiceId, required: true });
    const sessionToken = await signInSession(db, p.therapist.user.id);
    const signIn = await staffSignIn(db, { user: p.therapist.user, sessionTokens: [sessionToken] });
    const returnTo = `/p/${p.practiceId}`;
    expect(await staffPageRedirect(db, signIn, { returnTo, practiceId: p.practiceId })).toBe(
      `/mfa/setup?required=1&next=${encodeURIComponent(returnTo)}`,
    );
    // Setting one up is not itself a practice page.
    expect(await staffPageRedirect(db, signIn, { returnTo: "/mfa/setup" })).toBeNull();
  });
});
