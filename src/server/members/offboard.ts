import { and, eq, isNull } from "drizzle-orm";
import { revokeLinks } from "~/server/partner-links/revoke-links";
import type { Executor } from "~/server/db/client";
import type { Role } from "~/domain/practice";
import { invitations, practices } from "~/server/db/schema";

const rank: Record<Role, number> = { therapist: 1, admin: 2, owner: 3 };

export function isDemotion(from: Role, to: Role): boolean {
  return rank[to] < rank[from];
}

/**
 * What a member leaves behind when removed or demoted: pending invitations they sent (an admin
 * could otherwise invite a second address of their own and walk back in) and the personal links
 * they issued, with the partner sessions those started. The counts go into the audit.
 */
export async function revokeWhatMemberIssued(tx: Executor, practiceId: string, userId: string) {
  const revokedInvitations = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.practiceId, practiceId),
        eq(invitations.invitedByUserId, userId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  const links = await revokeLinks(tx, practiceId, { createdByUserId: userId });
  return {
    invitationsRevoked: revokedInvitations.length,
    linksRevoked: links.links,
    partnerSessionsEnded: links.sessions,
  };
}

/** A member who leaves stops being the practice's safety backup; true when they were. */
export async function clearSafetyBackup(tx: Executor, practiceId: string, userId: string) {
  const cleared = await tx
    .update(practices)
    .set({ safetyBackupUserId: null })
    .where(and(eq(practices.id, practiceId), eq(practices.safetyBackupUserId, userId)))
    .returning({ id: practices.id });
  return cleared.length > 0;
}
