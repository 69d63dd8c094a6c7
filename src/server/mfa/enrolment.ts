import { and, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import type { Database } from "~/server/db/client";
import { mfaRecoveryCodes, staffMfa, staffSessions } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import type { SessionUser } from "~/server/trpc/context";
import { takeMfaAttempt } from "./attempts";
import { auditInEveryPractice } from "./member-audit";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { looksLikeTotpCode, newTotpSecret, totpStep, totpUri } from "./totp";

const WRONG_CODE = "That code did not match. Check the app shows Attune and try the newest code.";

/** Where a person's second factor stands, for their own security page. */
export async function secondFactorStatus(db: Database, userId: string) {
  const [row] = await db
    .select({ confirmedAt: staffMfa.confirmedAt })
    .from(staffMfa)
    .where(eq(staffMfa.userId, userId));
  const unused = await db
    .select({ id: mfaRecoveryCodes.id })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)));
  return { confirmedAt: row?.confirmedAt ?? null, recoveryCodesLeft: unused.length };
}

/**
 * Begin setting up an authenticator: a new secret (stored encrypted, not yet in force), its QR
 * code and the secret as text for typing in. Starting again replaces an unconfirmed secret; a
 * confirmed one stays until an owner resets it.
 */
export async function startEnrolment(db: Database, user: SessionUser) {
  const secret = newTotpSecret();
  const sealed = sealSecret(secret);
  const [row] = await db
    .insert(staffMfa)
    .values({ userId: user.id, secret: sealed })
    .onConflictDoUpdate({
      target: staffMfa.userId,
      set: { secret: sealed, lastUsedStep: null, createdAt: new Date() },
      setWhere: isNull(staffMfa.confirmedAt),
    })
    .returning({ userId: staffMfa.userId });
  if (!row) {
    throw new DomainError("CONFLICT", "You already use an authenticator app to sign in.");
  }
  const uri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

/**
 * Confirm the authenticator with a code from it: the factor is in force from now on, this
 * session counts as having passed it, and ten recovery codes are returned, the only time they
 * are ever shown.
 */
export async function confirmEnrolment(db: Database, user: SessionUser, input: { code: string }) {
  const [pending] = await db
    .select()
    .from(staffMfa)
    .where(and(eq(staffMfa.userId, user.id), isNull(staffMfa.confirmedAt)));
  if (!pending) {
    throw new DomainError("CONFLICT", "Start setting up the authenticator app again.");
  }
  await takeMfaAttempt(db, user.id);
  const code = looksLikeTotpCode(input.code);
  const step = code ? await totpStep(openSecret(pending.secret), code, { afterStep: null }) : null;
  if (step === null) throw new DomainError("BAD_REQUEST", WRONG_CODE, "code");
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(staffMfa)
      .set({ confirmedAt: new Date(), lastUsedStep: step })
      .where(and(eq(staffMfa.userId, user.id), isNull(staffMfa.confirmedAt)))
      .returning({ userId: staffMfa.userId });
    if (!confirmed) throw new DomainError("CONFLICT", "Start setting up the authenticator again.");
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id));
    await tx.insert(mfaRecoveryCodes).values(
      codes.map((c) => ({
        userId: user.id,
        codeHash: hashRecoveryCode(normalizeRecoveryCode(c) ?? c),
      })),
    );
    if (user.sessionToken) {
      await tx
        .update(staffSessions)
        .set({ mfaVerifiedAt: new Date() })
        .where(
          and(eq(staffSessions.sessionToken, user.sessionToken), eq(staffSessions.userId, user.id)),
        );
    }
    await auditInEveryPractice(tx, user.id, "mfa.enrolled");
  });
  return { recoveryCodes: codes };
}
