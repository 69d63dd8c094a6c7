import { and, eq, gt, inArray, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { partnerLinks, partnerSessions } from "~/server/db/schema";

export interface RevokedLinks {
  links: number;
  sessions: number;
}

/**
 * Revoke a practice's working personal links that match `which` and end the partner sessions they
 * started. Used when a partner's links are revoked, when their address changes, when a couple is
 * discharged and when the member who issued links leaves or is demoted.
 */
export async function revokeLinks(
  tx: Executor,
  practiceId: string,
  which: { partnerIds: string[] } | { createdByUserId: string },
): Promise<RevokedLinks> {
  const match: SQL | undefined =
    "partnerIds" in which
      ? inArray(partnerLinks.partnerId, which.partnerIds)
      : eq(partnerLinks.createdByUserId, which.createdByUserId);
  if ("partnerIds" in which && which.partnerIds.length === 0) return { links: 0, sessions: 0 };
  const revoked = await tx
    .update(partnerLinks)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(partnerLinks.practiceId, practiceId),
        match,
        isNull(partnerLinks.revokedAt),
        gt(partnerLinks.expiresAt, new Date()),
      ),
    )
    .returning({ id: partnerLinks.id });
  // Sessions of already-revoked links are dead anyway; end those of the links revoked now, and
  // for a partner every session they have.
  const sessionMatch =
    "partnerIds" in which
      ? inArray(partnerSessions.partnerId, which.partnerIds)
      : inArray(
          partnerSessions.linkId,
          revoked.map((r) => r.id),
        );
  const ended =
    "partnerIds" in which || revoked.length > 0
      ? await tx
          .delete(partnerSessions)
          .where(and(eq(partnerSessions.practiceId, practiceId), sessionMatch))
          .returning({ partnerId: partnerSessions.partnerId })
      : [];
  return { links: revoked.length, sessions: ended.length };
}
