import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Executor } from "~/server/db/client";
import { invitations, memberships, practices } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { hashToken } from "~/server/tokens";

type InvitationState = "pending" | "expired" | "revoked" | "accepted";

export interface InvitationPreview {
  practiceName: string;
  email: string;
  role: string;
  state: InvitationState;
}

function stateOf(row: {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return "pending";
}

async function findByToken(db: Executor, token: string) {
  const [row] = await db
    .select({ invitation: invitations, practiceName: practices.name })
    .from(invitations)
    .innerJoin(practices, eq(practices.id, invitations.practiceId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  return row;
}

/** What the accept page shows; undefined for a token that matches nothing. */
export async function previewInvitation(
  db: Executor,
  token: string,
): Promise<InvitationPreview | undefined> {
  const row = await findByToken(db, token);
  if (!row) return undefined;
  const { invitation } = row;
  return {
    practiceName: row.practiceName,
    email: invitation.email,
    role: invitation.role,
    state: stateOf(invitation),
  };
}

export const refusals: Record<Exclude<InvitationState, "pending">, string> = {
  expired: "This invitation has expired. Ask the practice to send a new one.",
  revoked: "This invitation was withdrawn. Ask the practice to send a new one.",
  accepted: "This invitation has already been used.",
};

/** Join the practice. The signed-in address must be the invited one: the magic link proved it. */
export async function acceptInvitation(
  db: Executor,
  args: { token: string; userId: string; email: string },
): Promise<{ practiceId: string }> {
  return db.transaction(async (tx) => {
    const row = await findByToken(tx, args.token);
    if (!row) throw new DomainError("NOT_FOUND", "This invitation link is not valid.");
    const { invitation } = row;
    const state = stateOf(invitation);
    if (state !== "pending") throw new DomainError("CONFLICT", refusals[state]);
    if (invitation.email !== args.email.toLowerCase()) {
      throw new DomainError(
        "FORBIDDEN",
        `This invitation was sent to ${invitation.email}. Sign out and sign in with that address to accept it.`,
      );
    }
    // An invitation is only as good as its sender: one from someone no longer managing the
    // practice is void, even if it escaped the revocation when they left.
    const [sender] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(
        and(
          eq(memberships.practiceId, invitation.practiceId),
          eq(memberships.userId, invitation.invitedByUserId),
        ),
      );
    if (!sender || sender.role === "therapist") {
      throw new DomainError("CONFLICT", refusals.revoked);
    }
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedByUserId: args.userId })
      .where(
        and(
          eq(invitations.id, invitation.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw new DomainError("CONFLICT", refusals.accepted);
    // Someone who joined meanwhile keeps the role they have; the audit says which applies.
    const joined = await tx
      .insert(memberships)
      .values({ practiceId: invitation.practiceId, userId: args.userId, role: invitation.role })
      .onConflictDoNothing()
      .returning({ role: memberships.role });
    await recordAudit(
      tx,
      { practiceId: invitation.practiceId, userId: args.userId },
      "invitation.accepted",
      { type: "invitation", id: invitation.id },
      joined.length > 0 ? { role: invitation.role } : { alreadyMember: true },
    );
    return { practiceId: invitation.practiceId };
  });
}
