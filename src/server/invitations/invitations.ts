import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { createElement } from "react";
import { InvitationEmail } from "@emails/invitation";
import { env } from "~/env";
import { recordAudit, recordAuditForEach } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { invitations, memberships, practices, users } from "~/server/db/schema";
import type { Role } from "~/domain/practice";
import { staffName } from "~/domain/people";
import { sendEmail } from "~/server/email/send-email";
import { DomainError, notFound } from "~/server/errors";
import {
  assertPracticeInGoodStanding,
  assertSeatForInvitation,
} from "~/server/billing/billing-state";
import { takePracticeEmailAllowance } from "~/server/rate-limit/email-allowance";
import type { PracticeScope } from "~/server/practices/scope";
import { generateToken, hashToken } from "~/server/tokens";

const INVITATION_DAYS = 7;

function expiryFromNow(): Date {
  return new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}

function invitationUrl(token: string): string {
  return new URL(`/invitations/${token}`, env.APP_URL).toString();
}

async function emailInvitation(
  db: Executor,
  args: { practiceId: string; inviterUserId: string; email: string; role: Role; token: string },
) {
  const [practice] = await db.select().from(practices).where(eq(practices.id, args.practiceId));
  const [inviter] = await db.select().from(users).where(eq(users.id, args.inviterUserId));
  await sendEmail(db, {
    to: args.email,
    subject: `You are invited to ${practice?.name ?? "a practice"} on Attune`,
    template: createElement(InvitationEmail, {
      url: invitationUrl(args.token),
      practiceName: practice?.name ?? "a practice",
      invitedBy: inviter ? staffName(inviter) : "A colleague",
      role: args.role,
      expiresInDays: INVITATION_DAYS,
    }),
  });
}

/** Invite someone by email; inviting the same address again replaces the pending invitation. */
export async function inviteMember(
  db: Database,
  scope: PracticeScope,
  args: { email: string; role: "admin" | "therapist" },
) {
  const token = generateToken();
  const invitation = await db.transaction(async (tx) => {
    const [existingMember] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.practiceId, scope.practiceId), eq(users.email, args.email)));
    if (existingMember) {
      throw new DomainError(
        "CONFLICT",
        "This person is already a member of the practice.",
        "email",
      );
    }
    // An invitation holds a seat (one replaced below gives its seat back first).
    await assertSeatForInvitation(tx, scope.practiceId, args.email);
    await takePracticeEmailAllowance(tx, {
      practiceId: scope.practiceId,
      to: args.email,
      kind: "invitation",
    });
    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.practiceId, scope.practiceId),
          eq(invitations.email, args.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    // The replaced invitation's link stops working: that is a revocation, and is audited as one.
    await recordAuditForEach(
      tx,
      scope,
      "invitation.revoked",
      replaced.map((r) => ({
        subject: { type: "invitation", id: r.id },
        details: { replaced: true },
      })),
    );
    const [created] = await tx
      .insert(invitations)
      .values({
        practiceId: scope.practiceId,
        email: args.email,
        role: args.role,
        tokenHash: hashToken(token),
        invitedByUserId: scope.userId,
        expiresAt: expiryFromNow(),
      })
      .returning();
    if (!created) throw new Error("insert returned no invitation");
    await recordAudit(
      tx,
      scope,
      "invitation.created",
      { type: "invitation", id: created.id },
      { role: args.role },
    );
    return created;
  });
  await emailInvitation(db, {
    ...args,
    practiceId: scope.practiceId,
    inviterUserId: scope.userId,
    token,
  });
  return invitation;
}

function pendingInPractice(scope: PracticeScope, invitationId: string) {
  return and(
    eq(invitations.id, invitationId),
    eq(invitations.practiceId, scope.practiceId),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
  );
}

export async function listPendingInvitations(db: Executor, scope: PracticeScope) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      expired: sql<boolean>`${invitations.expiresAt} <= now()`,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.practiceId, scope.practiceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(asc(invitations.email));
}

/** A fresh link and a fresh 7 days; the old link stops working. */
export async function resendInvitation(
  db: Database,
  scope: PracticeScope,
  args: { invitationId: string },
) {
  const token = generateToken();
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ tokenHash: hashToken(token), expiresAt: expiryFromNow() })
      .where(pendingInPractice(scope, args.invitationId))
      .returning();
    if (!row) throw notFound("That invitation");
    await assertPracticeInGoodStanding(tx, scope.practiceId);
    await takePracticeEmailAllowance(tx, {
      practiceId: scope.practiceId,
      to: row.email,
      kind: "invitation",
    });
    await recordAudit(tx, scope, "invitation.resent", { type: "invitation", id: row.id });
    return row;
  });
  await emailInvitation(db, {
    practiceId: scope.practiceId,
    inviterUserId: scope.userId,
    email: updated.email,
    role: updated.role,
    token,
  });
}

export async function revokeInvitation(
  db: Database,
  scope: PracticeScope,
  args: { invitationId: string },
) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(pendingInPractice(scope, args.invitationId))
      .returning({ id: invitations.id });
    if (!row) throw notFound("That invitation");
    await recordAudit(tx, scope, "invitation.revoked", { type: "invitation", id: row.id });
  });
}
