import { eq, sql } from "drizzle-orm";
import type { PartnerDevice } from "~/domain/safety";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { couples, partnerLinks, partnerSessions, partners, practices } from "~/server/db/schema";
import { hashToken } from "~/server/tokens";
import { liveSession, SHARED_SESSION_HOURS } from "./partner-session";

/**
 * The partner's answer to "Is this your own device?". Their own: the session lasts as long as
 * the link. Shared or not sure: it keeps a shared device's short lifetime and ends after the
 * practice's idle minutes. Returns when the session now ends, or null for no live session.
 */
export async function choosePartnerDevice(
  db: Database,
  sessionToken: string,
  device: PartnerDevice,
  deviceCookie: string | null = null,
): Promise<{ expiresAt: Date } | null> {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .select({
        practiceId: partnerSessions.practiceId,
        partnerId: partnerSessions.partnerId,
        coupleId: partners.coupleId,
        linkId: partnerLinks.id,
        linkExpiresAt: partnerLinks.expiresAt,
        createdAt: partnerSessions.createdAt,
      })
      .from(partnerSessions)
      .innerJoin(partnerLinks, eq(partnerLinks.id, partnerSessions.linkId))
      .innerJoin(partners, eq(partners.id, partnerSessions.partnerId))
      .innerJoin(couples, eq(couples.id, partners.coupleId))
      .innerJoin(practices, eq(practices.id, partners.practiceId))
      // Only a live session: not past its end or its idle limit, its link not revoked, the
      // couple not discharged. An idled-out session on a shared phone cannot be revived here.
      .where(liveSession(hashToken(sessionToken)));
    if (!session) return null;
    const sharedEnd = session.createdAt.getTime() + SHARED_SESSION_HOURS * 60 * 60 * 1000;
    const expiresAt =
      device === "own"
        ? session.linkExpiresAt
        : new Date(Math.min(sharedEnd, session.linkExpiresAt.getTime()));
    await tx
      .update(partnerSessions)
      .set({ device, expiresAt, lastSeenAt: sql`now()` })
      .where(eq(partnerSessions.tokenHash, hashToken(sessionToken)));
    // Their own device may sign in again with the same link (no new email each day); a shared
    // one may not, so the link in a shared browser's history opens nothing.
    await tx
      .update(partnerLinks)
      .set({ deviceHash: device === "own" && deviceCookie ? hashToken(deviceCookie) : null })
      .where(eq(partnerLinks.id, session.linkId));
    await recordAudit(
      tx,
      actorWithoutAccount(session.practiceId),
      "partner.device_chosen",
      { type: "partner", id: session.partnerId, coupleId: session.coupleId },
      { device },
    );
    return { expiresAt };
  });
}

/**
 * Sign-out and quick exit: the session ends on the server at once, whatever the browser does
 * with its cookie. Nothing happens for a session that is already gone.
 */
export async function signOutPartner(
  db: Executor,
  sessionToken: string,
  how: "sign_out" | "quick_exit",
): Promise<void> {
  const [ended] = await db
    .delete(partnerSessions)
    .where(eq(partnerSessions.tokenHash, hashToken(sessionToken)))
    .returning({ practiceId: partnerSessions.practiceId, partnerId: partnerSessions.partnerId });
  if (!ended) return;
  const [partner] = await db
    .select({ coupleId: partners.coupleId })
    .from(partners)
    .where(eq(partners.id, ended.partnerId));
  await recordAudit(
    db,
    actorWithoutAccount(ended.practiceId),
    "partner.signed_out",
    { type: "partner", id: ended.partnerId, coupleId: partner?.coupleId ?? null },
    { quickExit: how === "quick_exit" },
  );
}
