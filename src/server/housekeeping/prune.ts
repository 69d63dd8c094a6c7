import { and, inArray, isNotNull, lt, or } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { partnerLinks, partnerSessions, rateLimits } from "~/server/db/schema";

/**
 * Links are kept this long past their end, so an old email still says "expired" (and offers a
 * new link) rather than "not valid".
 */
const GRACE_DAYS = 30;

/**
 * Delete what has stopped mattering: rate-limit windows over for a day, partner sessions that
 * ended, and personal links long expired or revoked (used links expire like any other). Audit events
 * keep the history; these tables need not.
 */
export async function pruneExpired(db: Executor, now = new Date()) {
  const cutoff = new Date(now.getTime() - GRACE_DAYS * 24 * 60 * 60 * 1000);
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const limits = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, dayAgo))
    .returning({ key: rateLimits.key });
  const deadLink = or(
    lt(partnerLinks.expiresAt, cutoff),
    and(isNotNull(partnerLinks.revokedAt), lt(partnerLinks.revokedAt, cutoff)),
  );
  const deadLinks = await db.select({ id: partnerLinks.id }).from(partnerLinks).where(deadLink);
  const sessions = await db
    .delete(partnerSessions)
    .where(
      or(
        lt(partnerSessions.expiresAt, now),
        deadLinks.length > 0
          ? inArray(
              partnerSessions.linkId,
              deadLinks.map((l) => l.id),
            )
          : undefined,
      ),
    )
    .returning({ partnerId: partnerSessions.partnerId });
  const links = await db.delete(partnerLinks).where(deadLink).returning({ id: partnerLinks.id });
  return { rateLimits: limits.length, partnerSessions: sessions.length, links: links.length };
}
