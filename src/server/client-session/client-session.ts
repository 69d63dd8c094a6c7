import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { clientLinks, clientSessions, couples, partners, practices } from "~/server/db/schema";
import { generateToken, hashToken } from "~/server/tokens";
import type { PartnerScope } from "./partner-scope";

export const CLIENT_COOKIE = "attune_client";
/** Short-lived on purpose: a phone left unlocked should not stay signed in for long. */
export const CLIENT_SESSION_HOURS = 12;

export type OpenLinkResult =
  | { ok: true; sessionToken: string; expiresAt: Date }
  | { ok: false; reason: "unknown" | "expired" | "revoked" };

/** Exchange a personal link's token for a partner-scoped session. */
export async function openClientLink(db: Database, token: string): Promise<OpenLinkResult> {
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({ link: clientLinks, coupleId: partners.coupleId })
      .from(clientLinks)
      .innerJoin(partners, eq(partners.id, clientLinks.partnerId))
      .where(eq(clientLinks.tokenHash, hashToken(token)));
    if (!link) return { ok: false, reason: "unknown" };
    if (link.link.revokedAt) return { ok: false, reason: "revoked" };
    if (link.link.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
    const sessionToken = generateToken();
    const expiresAt = new Date(Date.now() + CLIENT_SESSION_HOURS * 60 * 60 * 1000);
    await tx.insert(clientSessions).values({
      tokenHash: hashToken(sessionToken),
      practiceId: link.link.practiceId,
      partnerId: link.link.partnerId,
      linkId: link.link.id,
      expiresAt,
    });
    await tx
      .update(clientLinks)
      .set({ lastOpenedAt: new Date() })
      .where(eq(clientLinks.id, link.link.id));
    await recordAudit(tx, {
      practiceId: link.link.practiceId,
      actorUserId: null,
      action: "client_link.opened",
      subjectType: "client_link",
      subjectId: link.link.id,
      coupleId: link.coupleId,
      details: { partnerId: link.link.partnerId },
    });
    return { ok: true, sessionToken, expiresAt };
  });
}

/**
 * The partner behind a session cookie, or null. A session dies with its link: revoking the
 * link (or discharging the couple) ends it at once.
 */
export async function partnerForSession(
  db: Executor,
  sessionToken: string,
): Promise<PartnerScope | null> {
  const [row] = await db
    .select({
      practiceId: partners.practiceId,
      coupleId: partners.coupleId,
      partnerId: partners.id,
      position: partners.position,
      displayName: partners.displayName,
      timeZone: partners.timeZone,
      dateStyle: practices.dateStyle,
    })
    .from(clientSessions)
    .innerJoin(clientLinks, eq(clientLinks.id, clientSessions.linkId))
    .innerJoin(partners, eq(partners.id, clientSessions.partnerId))
    .innerJoin(couples, eq(couples.id, partners.coupleId))
    .innerJoin(practices, eq(practices.id, partners.practiceId))
    .where(
      and(
        eq(clientSessions.tokenHash, hashToken(sessionToken)),
        gt(clientSessions.expiresAt, new Date()),
        isNull(clientLinks.revokedAt),
        ne(couples.status, "discharged"),
      ),
    );
  return row ?? null;
}

export async function endClientSession(db: Executor, sessionToken: string): Promise<void> {
  await db.delete(clientSessions).where(eq(clientSessions.tokenHash, hashToken(sessionToken)));
}
