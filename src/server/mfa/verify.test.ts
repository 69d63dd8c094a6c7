import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { mfaRecoveryCodes, staffMfa } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { testDatabase } from "~/test/db";
import { auditTrail, seedPractice } from "~/test/factories";
import {
  codeAt,
  enrolAuthenticator,
  nextStep,
  sessionRow,
  signInSession,
} from "~/test/mfa-factories";
import { MFA_ATTEMPT_LIMIT } from "./attempts";
import { confirmEnrolment, secondFactorStatus, startEnrolment } from "./enrolment";
import { RECOVERY_CODE_COUNT } from "./recovery-codes";
import { awaitsSecondFactor, sessionSecondFactor } from "./session-state";
import { verifySecondFactor } from "./verify";

const db = testDatabase();

async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function pending(userId: string, sessionToken: string) {
  const state = await sessionSecondFactor(db, { userId, sessionTokens: [sessionToken] });
  return state ? awaitsSecondFactor(state) : null;
}

describe("setting up an authenticator app", () => {
  test("a wrong code leaves it unconfirmed; the app's code confirms it and marks this session", async () => {
    const p = await seedPractice(db);
    const user = p.therapist.user;
    const sessionToken = await signInSession(db, user.id);
    const { secret, qrSvg, uri } = await startEnrolment(db, user);
    expect(uri).toContain(`secret=${secret}`);
    expect(qrSvg).toContain("<svg");
    const [stored] = await db.select().from(staffMfa).where(eq(staffMfa.userId, user.id));
    expect(stored?.secret).not.toContain(secret);

    const wrong = String((Number(await codeAt(secret, new Date())) + 1) % 1_000_000).padStart(
      6,
      "0",
    );
    expect(
      (await refusal(confirmEnrolment(db, { ...user, sessionToken }, { code: wrong }))).code,
    ).toBe("BAD_REQUEST");
    expect((await secondFactorStatus(db, user.id)).confirmedAt).toBeNull();

    const { recoveryCodes } = await confirmEnrolment(
      db,
      { ...user, sessionToken },
      { code: await codeAt(secret, new Date()) },
    );
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    const hashes = await db
      .select()
      .from(mfaRecoveryCodes)
      .where(eq(mfaRecoveryCodes.userId, user.id));
    expect(hashes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(hashes.map((h) => h.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await pending(user.id, sessionToken)).toBe(false);
    expect((await sessionRow(db, sessionToken))?.mfaVerifiedAt).not.toBeNull();
    expect((await auditTrail(db, p.practiceId)).map((e) => e.action)).toContain("mfa.enrolled");
  });

  test("a confirmed app cannot be replaced by starting again (an owner resets it)", async () => {
    const p = await seedPractice(db);
    await enrolAuthenticator(db, p.therapist.user);
    const [before] = await db
      .select()
      .from(staffMfa)
      .where(eq(staffMfa.userId, p.therapist.user.id));
    expect((await refusal(startEnrolment(db, p.therapist.user))).code).toBe("CONFLICT");
    const [after] = await db
      .select()
      .from(staffMfa)
      .where(eq(staffMfa.userId, p.therapist.user.id));
    expect(after).toEqual(before);
  });
});

describe("entering the code after the email link", () => {
  test("a new session waits for the code; the code marks that session only", async () => {
    const p = await seedPractice(db);
    const user = p.therapist.user;
    const { secret } = await enrolAuthenticator(db, user);
    const laptop = await signInSession(db, user.id);
    const phone = await signInSession(db, user.id);
    expect(await pending(user.id, laptop)).toBe(true);

    const at = nextStep();
    await verifySecondFactor(db, {
      userId: user.id,
      sessionToken: laptop,
      code: await codeAt(secret, at),
      now: at,
    });
    expect(await pending(user.id, laptop)).toBe(false);
    expect(await pending(user.id, phone)).toBe(true);
    expect((await sessionRow(db, phone))?.mfaVerifiedAt).toBeNull();
    expect((await auditTrail(db, p.practiceId)).map((e) => e.action)).toContain("mfa.verified");
  });

  test("a code is accepted once: replayed in another session it is refused, and audited", async () => {
    const p = await seedPractice(db);
    const user = p.therapist.user;
    const { secret } = await enrolAuthenticator(db, user);
    const first = await signInSession(db, user.id);
    const second = await signInSession(db, user.id);
    const at = nextStep();
    const code = await codeAt(secret, at);
    await verifySecondFactor(db, { userId: user.id, sessionToken: first, code, now: at });
    const error = await refusal(
      verifySecondFactor(db, { userId: user.id, sessionToken: second, code, now: at }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await pending(user.id, second)).toBe(true);
    const failed = (await auditTrail(db, p.practiceId)).filter((e) => e.action === "mfa.failed");
    expect(failed).toHaveLength(1);
    expect(JSON.stringify(failed[0]?.details)).not.toContain(code);
  });

  test("an older code than the last accepted one is refused too", async () => {
    const p = await seedPractice(db);
    const user = p.therapist.user;
    const { secret } = await enrolAuthenticator(db, user);
    const session = await signInSession(db, user.id);
    const later = nextStep(2);
    const other = await signInSession(db, user.id);
    await verifySecondFactor(db, {
      userId: user.id,
      sessionToken: other,
      code: await codeAt(secret, later),
      now: later,
    });
    const earlier = nextStep(1);
    await refusal(
      verifySecondFactor(db, {
        userId: user.id,
        sessionToken: session,
        code: await codeAt(secret, earlier),
        now: later,
      }),
    );
    expect(await pending(user.id, session)).toBe(true);
  });

  test("a recovery code signs in once, in any spelling, and is then used up", async () => {
    const p = await seedPractice(db);
    const user = p.therapist.user;
    const { recoveryCodes } = await enrolAuthenticator(db, user);
    const code = recoveryCodes[3]!;
    const first = await signInSession(db, user.id);
    await verifySecondFactor(db, {
      userId: user.id,
      sessionToken: first,
      code: code.toLowerCase().replace(/-/g, " "),
    });
    expect(await pending(user.id, first)).toBe(false);
    expect((await secondFactorStatus(db, user.id)).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1);

    const second = await signInSession(db, user.id);
    expect(
      (await refusal(verifySecondFactor(db, { userId: user.id, sessionToken: second, code }))).code,
    ).toBe("BAD_REQUEST");
    expect(await pending(user.id, second)).toBe(true);
    const actions = (await auditTrail(db, p.practiceId)).map((e) => e.action);
    expect(actions).toContain("mfa.recovery_code_used");
    expect(actions).toContain("mfa.failed");
  });

  test("after too many wrong codes even the right one is refused for a while", async () => {
    const p = await seedPractice(db);
    const user = p.therapist.user;
    const { secret } = await enrolAuthenticator(db, user);
    const session = await signInSession(db, user.id);
    const at = nextStep();
    const right = await codeAt(secret, at);
    const wrong = right === "000000" ? "111111" : "000000";
    // Enrolling took one attempt, in this window or the one before: count with the same clock.
    const outcomes: string[] = [];
    for (let i = 0; i < MFA_ATTEMPT_LIMIT.limit; i += 1) {
      const error = await refusal(
        verifySecondFactor(db, { userId: user.id, sessionToken: session, code: wrong, now: at }),
      );
      outcomes.push(error.code);
    }
    expect(outcomes.filter((c) => c === "BAD_REQUEST").length).toBeGreaterThanOrEqual(
      MFA_ATTEMPT_LIMIT.limit - 1,
    );
    expect(outcomes.every((c) => c === "BAD_REQUEST" || c === "TOO_MANY_REQUESTS")).toBe(true);
    const limited = await refusal(
      verifySecondFactor(db, { userId: user.id, sessionToken: session, code: right, now: at }),
    );
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(await pending(user.id, session)).toBe(true);
  });
});
