import { and, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { partnerLinks, partnerSessions, couples, partners, practices } from "~/server/db/schema";
import { generateToken, hashToken } from "~/server/tokens";
import { consentNeeded } from "~/domain/consent";
import { currentConsentVersionColumn } from "~/server/consent/consent";
import type { PartnerScope } from "./partner-scope";

export const PARTNER_COOKIE = "attune_partner";
/**
 * A long-lived random value naming this browser and nothing else: a link remembers the hash of
 * the device that first used it, so tapping the same link again there signs in again.
 */
export const DEVICE_COOKIE = "attune_device";
/**
 * Until the partner says the device is their own, a session is short-lived: a phone left
 * unlocked should not stay signed in for long. Their own device keeps it for the link's lifetime.
 */
export const SHARED_SESSION_HOURS = 12;

type LinkProblem = "unknown" | "expired" | "revoked" | "used";

export type OpenLinkResult =
  | { ok: true; sessionToken: string; expiresAt: Date }
  /** The device already holds the session this link started: carry on with it. */
  | { ok: "continue" }
  /** Another partner's session is open on this device: ask before replacing it. */
  | { ok: "confirm" }
  | { ok: false; reason: LinkProblem };

interface OpenLinkOptions {
  /** The partner-session token already on this device, if any. */
  deviceSession?: string | null;
  /** The person agreed to end the other partner's session on this device. */
  replace?: boolean;
  /** This browser's device cookie (DEVICE_COOKIE), if it has one. */
  deviceCookie?: string | null;
}

/**
 * A live session: not expired, its link not revoked, its couple not discharged, and, unless the
 * partner said the device is their own, used within the practice's idle minutes.
 * Needs partnerLinks, couples and practices joined.
 */
export function liveSession(tokenHash: string) {
  return and(
    eq(partnerSessions.tokenHash, tokenHash),
    gt(partnerSessions.expiresAt, new Date()),
    isNull(partnerLinks.revokedAt),
    ne(couples.status, "discharged"),
    or(
      eq(partnerSessions.device, "own"),
      sql`${partnerSessions.lastSeenAt} > now() - make_interval(mins => ${practices.sharedDeviceIdleMinutes})`,
    ),
  );
}

/** The session's last-seen time is written at most this often: a write per request costs. */
const TOUCH_EVERY_MS = 60_000;

async function deviceSessionOf(db: Executor, token: string | null | undefined) {
  if (!token) return null;
  const [row] = await db
    .select({ linkId: partnerSessions.linkId, partnerId: partnerSessions.partnerId })
    .from(partnerSessions)
    .innerJoin(partnerLinks, eq(partnerLinks.id, partnerSessions.linkId))
    .innerJoin(partners, eq(partners.id, partnerSessions.partnerId))
    .innerJoin(couples, eq(couples.id, partners.coupleId))
    .innerJoin(practices, eq(practices.id, partnerSessions.practiceId))
    .where(liveSession(hashToken(token)));
  return row ?? null;
}

/**
 * What opening a personal link would do on this device, without doing it: the link page (a GET,
 * which mail scanners and link previews also perform) reads this; only the POST changes state.
 */
export async function previewPartnerLink(
  db: Executor,
  token: string,
  options: OpenLinkOptions = {},
): Promise<Exclude<OpenLinkResult, { ok: true }> | { ok: "ready" }> {
  const [row] = await db
    .select({ link: partnerLinks, couple: couples.status })
    .from(partnerLinks)
    .innerJoin(partners, eq(partners.id, partnerLinks.partnerId))
    .innerJoin(couples, eq(couples.id, partners.coupleId))
    .where(eq(partnerLinks.tokenHash, hashToken(token)));
  if (!row) return { ok: false, reason: "unknown" };
  const { link } = row;
  if (link.revokedAt || row.couple === "discharged") return { ok: false, reason: "revoked" };
  if (link.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  const device = await deviceSessionOf(db, options.deviceSession);
  if (device?.linkId === link.id) return { ok: "continue" };
  if (link.usedAt && !usedOnThisDevice(link.deviceHash, options.deviceCookie)) {
    return { ok: false, reason: "used" };
  }
  if (device && device.partnerId !== link.partnerId && !options.replace) return { ok: "confirm" };
  return { ok: "ready" };
}

/** Whether the link was first used by the browser holding this device cookie. */
function usedOnThisDevice(deviceHash: string | null, deviceCookie: string | null | undefined) {
  return Boolean(deviceHash && deviceCookie && deviceHash === hashToken(deviceCookie));
}

/**
 * Exchange a personal link's token for a partner-scoped session. A link works once: used again
 * on the device it signed in (its session still open, or the same device cookie after signing
 * out or an idle timeout), it signs in again; anywhere else the person is offered a new link.
 */
export async function openPartnerLink(
  db: Database,
  token: string,
  options: OpenLinkOptions = {},
): Promise<OpenLinkResult> {
  return db.transaction(async (tx) => {
    // Lock the link so two simultaneous opens cannot both use it.
    const [locked] = await tx
      .select({ id: partnerLinks.id })
      .from(partnerLinks)
      .where(eq(partnerLinks.tokenHash, hashToken(token)))
      .for("update");
    if (!locked) return { ok: false, reason: "unknown" } as const;
    const preview = await previewPartnerLink(tx, token, options);
    if (preview.ok !== "ready") return preview;
    const [before] = await tx
      .select({ usedAt: partnerLinks.usedAt })
      .from(partnerLinks)
      .where(eq(partnerLinks.id, locked.id));
    const [link] = await tx
      .update(partnerLinks)
      .set({
        usedAt: before!.usedAt ?? new Date(),
        lastOpenedAt: new Date(),
        // Only a device the partner calls their own may use the link again (partner-device.ts):
        // on a shared phone, a used link in the browser's history must not sign anyone in.
      })
      .where(eq(partnerLinks.id, locked.id))
      .returning();
    const [partner] = await tx
      .select({ coupleId: partners.coupleId })
      .from(partners)
      .where(eq(partners.id, link!.partnerId));
    if (options.deviceSession) await endPartnerSession(tx, options.deviceSession);
    const sessionToken = generateToken();
    // The device is not known yet: a shared device's lifetime until the partner says otherwise.
    const expiresAt = new Date(
      Math.min(Date.now() + SHARED_SESSION_HOURS * 60 * 60 * 1000, link!.expiresAt.getTime()),
    );
    await tx.insert(partnerSessions).values({
      tokenHash: hashToken(sessionToken),
      practiceId: link!.practiceId,
      partnerId: link!.partnerId,
      linkId: link!.id,
      expiresAt,
    });
    await recordAudit(
      tx,
      actorWithoutAccount(link!.practiceId),
      "partner_link.opened",
      { type: "partner_link", id: link!.id, coupleId: partner!.coupleId },
      {
        partnerId: link!.partnerId,
        shownOnScreen: link!.shownOnScreen,
        replacedSession: Boolean(options.deviceSession),
        reopenedOnDevice: Boolean(before!.usedAt),
      },
    );
    return { ok: true, sessionToken, expiresAt } as const;
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
      shownOnScreen: partnerLinks.shownOnScreen,
      dateStyle: practices.dateStyle,
      device: partnerSessions.device,
      draftDays: practices.draftDays,
      idleMinutes: practices.sharedDeviceIdleMinutes,
      lastSeenAt: partnerSessions.lastSeenAt,
      consentVersion: partners.consentVersion,
      currentConsentVersion: currentConsentVersionColumn,
    })
    .from(partnerSessions)
    .innerJoin(partnerLinks, eq(partnerLinks.id, partnerSessions.linkId))
    .innerJoin(partners, eq(partners.id, partnerSessions.partnerId))
    .innerJoin(couples, eq(couples.id, partners.coupleId))
    .innerJoin(practices, eq(practices.id, partners.practiceId))
    .where(liveSession(hashToken(sessionToken)));
  if (!row) return null;
  const { lastSeenAt, consentVersion, currentConsentVersion, ...rest } = row;
  const scope = { ...rest, consentNeeded: consentNeeded(consentVersion, currentConsentVersion) };
  if (Date.now() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(partnerSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(partnerSessions.tokenHash, hashToken(sessionToken)));
  }
  return scope;
}

/** Ends a partner session at once (sign-out, quick exit, another partner taking the device). */
async function endPartnerSession(db: Executor, sessionToken: string): Promise<void> {
  await db.delete(partnerSessions).where(eq(partnerSessions.tokenHash, hashToken(sessionToken)));
}
