import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import {
  memberships,
  mfaRecoveryCodes,
  practices,
  staffMfa,
  staffSessions,
  users,
} from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { claimRecoveryCode } from "./verify";
import { takeMfaAttempt } from "./attempts";

function assertOwner(scope: PracticeScope, what: string) {
  if (scope.role !== "owner") throw new DomainError("FORBIDDEN", `Only owners can ${what}.`);
}

/** Whether the practice requires a second factor, and which members have one. */
export async function practiceSecondFactors(db: Executor, scope: PracticeScope) {
  const [practice] = await db
    .select({ required: practices.requireMfa })
    .from(practices)
    .where(eq(practices.id, scope.practiceId));
  const members = await db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      confirmedAt: staffMfa.confirmedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(staffMfa, eq(staffMfa.userId, memberships.userId))
    .where(eq(memberships.practiceId, scope.practiceId))
    .orderBy(asc(users.email));
  return { required: practice?.required ?? false, members };
}

/** Owners only: every member must use an authenticator app (or no longer must). */
export async function setSecondFactorRequired(
  db: Database,
  scope: PracticeScope,
  input: { required: boolean },
) {
  assertOwner(scope, "change whether members must use an authenticator app");
  if (input.required) {
    // Otherwise the owner would lock themselves out of the practice with the same click.
    const [own] = await db
      .select({ confirmedAt: staffMfa.confirmedAt })
      .from(staffMfa)
      .where(eq(staffMfa.userId, scope.userId));
    if (!own?.confirmedAt) {
      throw new DomainError(
        "CONFLICT",
        "Set up your own authenticator app first, then require one for everyone.",
      );
    }
  }
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ required: practices.requireMfa })
      .from(practices)
      .where(eq(practices.id, scope.practiceId));
    if (before?.required === input.required) return;
    await tx
      .update(practices)
      .set({ requireMfa: input.required })
      .where(eq(practices.id, scope.practiceId));
    await recordAudit(
      tx,
      scope,
      "mfa.requirement_changed",
      { type: "practice", id: scope.practiceId },
      { required: input.required },
    );
  });
  return { required: input.required };
}

/**
 * Owners only: remove a member's authenticator and recovery codes, so they set one up again
 * (at their next sign-in, where the practice requires it). Never an owner's own without one of
 * their recovery codes: otherwise a stolen email account could take the second factor away.
 * The factor is the person's, not the practice's: a member who also belongs to another practice is
 * not reset from here (an owner elsewhere, perhaps one the holder of a stolen mailbox set up and
 * invited them to, would otherwise remove the factor guarding every practice). Every sign-in still
 * waiting for a code ends with the reset, so none becomes a full one for want of a factor; a reset
 * of someone else ends all their sign-ins.
 */
export async function resetMemberSecondFactor(
  db: Database,
  scope: PracticeScope,
  input: { userId: string; recoveryCode?: string },
) {
  assertOwner(scope, "reset a member's authenticator app");
  const [member] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.practiceId, scope.practiceId), eq(memberships.userId, input.userId)));
  if (!member) throw new DomainError("NOT_FOUND", "That member was not found.");
  const self = input.userId === scope.userId;
  const [elsewhere] = await db
    .select({ practiceId: memberships.practiceId })
    .from(memberships)
    .where(and(eq(memberships.userId, input.userId), ne(memberships.practiceId, scope.practiceId)))
    .limit(1);
  if (elsewhere && !self) {
    throw new DomainError(
      "FORBIDDEN",
      "This member also belongs to another practice, so their authenticator app can't be reset from here. They can sign in with one of their recovery codes and set up a new app themselves.",
    );
  }
  if (self) {
    if (!input.recoveryCode) {
      throw new DomainError(
        "FORBIDDEN",
        "To reset your own authenticator app, enter one of your recovery codes.",
        "recoveryCode",
      );
    }
    await takeMfaAttempt(db, scope.userId);
    if (!(await claimRecoveryCode(db, scope.userId, input.recoveryCode))) {
      await recordAudit(
        db,
        scope,
        "mfa.failed",
        { type: "membership", id: scope.userId },
        { method: "recovery_code", purpose: "reset" },
      );
      throw new DomainError(
        "BAD_REQUEST",
        "That is not one of your unused recovery codes.",
        "recoveryCode",
      );
    }
  }
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(staffMfa)
      .where(eq(staffMfa.userId, input.userId))
      .returning({ userId: staffMfa.userId });
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, input.userId));
    await tx
      .delete(staffSessions)
      .where(
        self
          ? and(eq(staffSessions.userId, input.userId), isNull(staffSessions.mfaVerifiedAt))
          : eq(staffSessions.userId, input.userId),
      );
    await recordAudit(
      tx,
      scope,
      "mfa.reset",
      { type: "membership", id: input.userId },
      { own: self, hadFactor: removed.length > 0 },
    );
  });
}
