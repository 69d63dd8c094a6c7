import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database, Executor } from "~/server/db/client";
import { mfaRecoveryCodes, staffMfa, staffSessions } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { takeMfaAttempt } from "./attempts";
import { auditInEveryPractice } from "./member-audit";
import { hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { looksLikeTotpCode, totpStep } from "./totp";

export const WRONG_SECOND_FACTOR =
  "That code did not work. Use the newest code from your authenticator app, or a recovery code you have not used.";

/**
 * Accept an authenticator code once: only a time step after the last accepted one, claimed in
 * one UPDATE so two requests with the same code cannot both pass. Returns whether it passed.
 */
async function claimTotp(db: Executor, userId: string, code: string, now: Date) {
  const [factor] = await db.select().from(staffMfa).where(eq(staffMfa.userId, userId));
  if (!factor?.confirmedAt) return false;
  const step = await totpStep(openSecret(factor.secret), code, {
    afterStep: factor.lastUsedStep,
    now,
  });
  if (step === null) return false;
  const [claimed] = await db
    .update(staffMfa)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(staffMfa.userId, userId),
        or(isNull(staffMfa.lastUsedStep), lt(staffMfa.lastUsedStep, step)),
      ),
    )
    .returning({ userId: staffMfa.userId });
  return claimed !== undefined;
}

/** Use up one recovery code; false when it is not one of this person's unused codes. */
export async function claimRecoveryCode(db: Executor, userId: string, input: string) {
  const normalized = normalizeRecoveryCode(input);
  if (!normalized) return false;
  const [used] = await db
    .update(mfaRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, userId),
        eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(normalized)),
        isNull(mfaRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  return used !== undefined;
}

/**
 * The second step of signing in: an authenticator code, or a recovery code (used up), marks
 * this session, and only this one, as having passed. Attempts are limited per person; every
 * attempt is audited, never with the code.
 */
export async function verifySecondFactor(
  db: Database,
  args: { userId: string; sessionToken: string; code: string; now?: Date },
): Promise<void> {
  const now = args.now ?? new Date();
  await takeMfaAttempt(db, args.userId, now);
  const totp = looksLikeTotpCode(args.code);
  const method = totp ? "authenticator" : "recovery_code";
  const passed = totp
    ? await claimTotp(db, args.userId, totp, now)
    : await claimRecoveryCode(db, args.userId, args.code);
  if (!passed) {
    await auditInEveryPractice(db, args.userId, "mfa.failed", { method });
    throw new DomainError("BAD_REQUEST", WRONG_SECOND_FACTOR, "code");
  }
  await db.transaction(async (tx) => {
    await tx
      .update(staffSessions)
      .set({ mfaVerifiedAt: now })
      .where(
        and(
          eq(staffSessions.sessionToken, args.sessionToken),
          eq(staffSessions.userId, args.userId),
        ),
      );
    await auditInEveryPractice(
      tx,
      args.userId,
      method === "authenticator" ? "mfa.verified" : "mfa.recovery_code_used",
    );
  });
}
