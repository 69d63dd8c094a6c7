import { and, eq, gt, inArray, isNotNull, isNull } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { visiblePartner } from "~/server/couples/partner-in-couple";
import type { Database, Executor } from "~/server/db/client";
import { emailOutbox, partnerLinks, partners } from "~/server/db/schema";
import { enqueueEmail } from "~/server/email/outbox";
import { DomainError } from "~/server/errors";
import { takePracticeEmailAllowance } from "~/server/rate-limit/email-allowance";
import type { PracticeScope } from "~/server/practices/scope";
import { mintPartnerLink } from "./mint-link";
import { revokeLinks } from "./revoke-links";
import { visiblePartnerIds } from "./visible-partners";

/** A link to show on screen (copy, QR code): the URL is returned once and never stored. */
export async function issuePartnerLink(
  db: Database,
  scope: PracticeScope,
  args: { partnerId: string },
) {
  return db.transaction(async (tx) => {
    const { partner } = await visiblePartner(tx, scope, args.partnerId);
    const link = await mintPartnerLink(tx, {
      practiceId: scope.practiceId,
      partnerId: partner.id,
      createdByUserId: scope.userId,
      shownOnScreen: true,
    });
    const resumed = await resumeLinks(tx, partner.id);
    await recordAudit(
      tx,
      scope,
      "partner_link.issued",
      { type: "partner_link", id: link.id, coupleId: partner.coupleId },
      { partnerId: partner.id, via: "screen", ...(resumed ? { resumed } : {}) },
    );
    return { url: link.url, expiresAt: link.expiresAt };
  });
}

/** Email the partner a fresh link; the job mints it at send time so no token is stored. */
export async function emailPartnerLink(
  db: Database,
  scope: PracticeScope,
  args: { partnerId: string },
) {
  await db.transaction(async (tx) => {
    const { partner } = await visiblePartner(tx, scope, args.partnerId);
    if (!partner.email) {
      throw new DomainError("BAD_REQUEST", "Add an email address for this partner first.", "email");
    }
    await takePracticeEmailAllowance(tx, {
      practiceId: scope.practiceId,
      to: partner.email,
      kind: "partnerLink",
    });
    await enqueueEmail(tx, {
      practiceId: scope.practiceId,
      to: partner.email,
      template: "partner_link",
      props: { partnerId: partner.id },
      subjectType: "partner",
      subjectId: partner.id,
    });
    const resumed = await resumeLinks(tx, partner.id);
    await recordAudit(
      tx,
      scope,
      "partner_link.issued",
      { type: "partner", id: partner.id, coupleId: partner.coupleId },
      { via: "email", ...(resumed ? { resumed } : {}) },
    );
  });
}

/** A therapist issuing a link turns a partner's paused links back on. */
async function resumeLinks(tx: Executor, partnerId: string): Promise<boolean> {
  const resumed = await tx
    .update(partners)
    .set({ linksPausedAt: null })
    .where(and(eq(partners.id, partnerId), isNotNull(partners.linksPausedAt)))
    .returning({ id: partners.id });
  return resumed.length > 0;
}

/** Queued emails that would mint this partner a new link. */
const LINK_CARRYING_EMAILS = ["partner_link", "homework_assigned", "reminder"];

/** Emails still waiting that would carry a fresh link to these partners: cancelled, as the link would be refused. */
export async function cancelPendingLinkEmails(
  tx: Executor,
  practiceId: string,
  partnerIds: string[],
) {
  if (partnerIds.length === 0) return [];
  return tx
    .update(emailOutbox)
    .set({ status: "cancelled", lastError: "links revoked" })
    .where(
      and(
        eq(emailOutbox.practiceId, practiceId),
        eq(emailOutbox.subjectType, "partner"),
        inArray(emailOutbox.subjectId, partnerIds),
        eq(emailOutbox.status, "pending"),
        inArray(emailOutbox.template, LINK_CARRYING_EMAILS),
      ),
    )
    .returning({ id: emailOutbox.id });
}

/**
 * Revoke every working link of a partner and end their open sessions at once; cancel queued
 * emails that would mint a new link, and pause reminders and "email me a link" for them until a
 * therapist issues a link again (someone else may be reading their inbox).
 */
export async function revokePartnerLinks(
  db: Database,
  scope: PracticeScope,
  args: { partnerId: string },
) {
  return db.transaction(async (tx) => {
    const { partner } = await visiblePartner(tx, scope, args.partnerId);
    const revoked = await revokeLinks(tx, scope.practiceId, { partnerIds: [partner.id] });
    const cancelled = await cancelPendingLinkEmails(tx, scope.practiceId, [partner.id]);
    await tx
      .update(partners)
      .set({ linksPausedAt: new Date() })
      .where(and(eq(partners.id, partner.id), eq(partners.practiceId, scope.practiceId)));
    await recordAudit(
      tx,
      scope,
      "partner_link.revoked",
      { type: "partner", id: partner.id, coupleId: partner.coupleId },
      {
        links: revoked.links,
        sessions: revoked.sessions,
        queuedEmails: cancelled.length,
        paused: true,
      },
    );
    return { revoked: revoked.links };
  });
}

/** For the couple page: how many working links each partner has and when one was last opened. */
export async function linkStatus(db: Executor, scope: PracticeScope, partnerIds: string[]) {
  const visible = await visiblePartnerIds(db, scope, partnerIds);
  if (visible.length === 0) return [];
  return db
    .select({
      partnerId: partnerLinks.partnerId,
      expiresAt: partnerLinks.expiresAt,
      lastOpenedAt: partnerLinks.lastOpenedAt,
    })
    .from(partnerLinks)
    .where(
      and(
        eq(partnerLinks.practiceId, scope.practiceId),
        inArray(partnerLinks.partnerId, visible),
        isNull(partnerLinks.revokedAt),
        gt(partnerLinks.expiresAt, new Date()),
      ),
    );
}
