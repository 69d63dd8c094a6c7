import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { visiblePartner } from "~/server/couples/partner-in-couple";
import type { Database, Executor } from "~/server/db/client";
import { clientLinks, clientSessions } from "~/server/db/schema";
import { enqueueEmail } from "~/server/email/outbox";
import { DomainError } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { mintClientLink } from "./mint-link";
import { visiblePartnerIds } from "./visible-partners";

/** A link to show on screen (copy, QR code): the URL is returned once and never stored. */
export async function issueClientLink(
  db: Database,
  scope: PracticeScope,
  args: { partnerId: string },
) {
  return db.transaction(async (tx) => {
    const { partner } = await visiblePartner(tx, scope, args.partnerId);
    const link = await mintClientLink(tx, {
      practiceId: scope.practiceId,
      partnerId: partner.id,
      createdByUserId: scope.userId,
    });
    await recordAudit(
      tx,
      scope,
      "client_link.issued",
      { type: "client_link", id: link.id, coupleId: partner.coupleId },
      { partnerId: partner.id, via: "screen" },
    );
    return { url: link.url, expiresAt: link.expiresAt };
  });
}

/** Email the partner a fresh link; the job mints it at send time so no token is stored. */
export async function emailClientLink(
  db: Database,
  scope: PracticeScope,
  args: { partnerId: string },
) {
  await db.transaction(async (tx) => {
    const { partner } = await visiblePartner(tx, scope, args.partnerId);
    if (!partner.email) {
      throw new DomainError("BAD_REQUEST", "Add an email address for this partner first.", "email");
    }
    await enqueueEmail(tx, {
      practiceId: scope.practiceId,
      to: partner.email,
      template: "client_link",
      props: { partnerId: partner.id },
      subjectType: "partner",
      subjectId: partner.id,
    });
    await recordAudit(
      tx,
      scope,
      "client_link.issued",
      { type: "partner", id: partner.id, coupleId: partner.coupleId },
      { via: "email" },
    );
  });
}

/** Revoke every working link of a partner and end their open sessions at once. */
export async function revokeClientLinks(
  db: Database,
  scope: PracticeScope,
  args: { partnerId: string },
) {
  return db.transaction(async (tx) => {
    const { partner } = await visiblePartner(tx, scope, args.partnerId);
    const revoked = await tx
      .update(clientLinks)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(clientLinks.partnerId, partner.id),
          eq(clientLinks.practiceId, scope.practiceId),
          isNull(clientLinks.revokedAt),
          gt(clientLinks.expiresAt, new Date()),
        ),
      )
      .returning({ id: clientLinks.id });
    await tx
      .delete(clientSessions)
      .where(
        and(
          eq(clientSessions.partnerId, partner.id),
          eq(clientSessions.practiceId, scope.practiceId),
        ),
      );
    await recordAudit(
      tx,
      scope,
      "client_link.revoked",
      { type: "partner", id: partner.id, coupleId: partner.coupleId },
      { links: revoked.length },
    );
    return { revoked: revoked.length };
  });
}

/** For the couple page: how many working links each partner has and when one was last opened. */
export async function linkStatus(db: Executor, scope: PracticeScope, partnerIds: string[]) {
  const visible = await visiblePartnerIds(db, scope, partnerIds);
  if (visible.length === 0) return [];
  return db
    .select({
      partnerId: clientLinks.partnerId,
      expiresAt: clientLinks.expiresAt,
      lastOpenedAt: clientLinks.lastOpenedAt,
    })
    .from(clientLinks)
    .where(
      and(
        eq(clientLinks.practiceId, scope.practiceId),
        inArray(clientLinks.partnerId, visible),
        isNull(clientLinks.revokedAt),
        gt(clientLinks.expiresAt, new Date()),
      ),
    );
}
