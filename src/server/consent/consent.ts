import { and, desc, eq, sql } from "drizzle-orm";
import { BUILT_IN_CONSENT_VERSION, DEFAULT_CONSENT_TEXT } from "~/domain/consent";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { consentTexts, partners, practices } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { PracticeScope } from "~/server/practices/scope";
import type { ConsentTextInput } from "~/validation/consent";

/** The consent text partners of the practice are asked to accept now: its newest version. */
export async function currentConsent(db: Executor, practiceId: string) {
  const [row] = await db
    .select({
      version: consentTexts.version,
      body: consentTexts.body,
      createdAt: consentTexts.createdAt,
    })
    .from(consentTexts)
    .where(eq(consentTexts.practiceId, practiceId))
    .orderBy(desc(consentTexts.version))
    .limit(1);
  return row ?? { version: BUILT_IN_CONSENT_VERSION, body: DEFAULT_CONSENT_TEXT, createdAt: null };
}

/** The version a partner's acceptance is measured against, as a column for a partner query. */
export const currentConsentVersionColumn = sql<number>`coalesce((select max(${consentTexts.version}) from ${consentTexts} where ${consentTexts.practiceId} = ${partners.practiceId}), ${BUILT_IN_CONSENT_VERSION})::int`;

/** For practice settings: the text in force, whether it is the built-in one, and that default. */
export async function consentForStaff(db: Executor, scope: PracticeScope) {
  const current = await currentConsent(db, scope.practiceId);
  return {
    ...current,
    builtIn: current.version === BUILT_IN_CONSENT_VERSION,
    defaultBody: DEFAULT_CONSENT_TEXT,
  };
}

/**
 * Save the practice's own consent text as a new version: every partner is asked to accept it at
 * their next opening. Saving the text in force unchanged adds no version (no one is asked again).
 */
export async function saveConsentText(db: Database, scope: PracticeScope, input: ConsentTextInput) {
  return db.transaction(async (tx) => {
    // One save at a time per practice, so two never take the same version number.
    await tx
      .select({ id: practices.id })
      .from(practices)
      .where(eq(practices.id, scope.practiceId))
      .for("update");
    const current = await currentConsent(tx, scope.practiceId);
    if (current.body === input.body) return { version: current.version, changed: false };
    const version = current.version + 1;
    const [row] = await tx
      .insert(consentTexts)
      .values({
        practiceId: scope.practiceId,
        version,
        body: input.body,
        createdByUserId: scope.userId,
      })
      .returning({ id: consentTexts.id });
    await recordAudit(
      tx,
      scope,
      "consent_text.revised",
      { type: "practice", id: scope.practiceId },
      { version, consentTextId: row!.id },
    );
    return { version, changed: true };
  });
}

const CONSENT_CHANGED =
  "Your practice has just changed this text. Please read it again before you accept.";

/**
 * The partner accepts the consent text they read (its version). A text changed while they were
 * reading is not accepted: they are shown the new one. Audited with the version.
 */
export async function acceptConsent(db: Database, scope: PartnerScope, version: number) {
  await db.transaction(async (tx) => {
    const current = await currentConsent(tx, scope.practiceId);
    if (current.version !== version) throw new DomainError("CONFLICT", CONSENT_CHANGED);
    await tx
      .update(partners)
      .set({ consentVersion: version, consentAcceptedAt: new Date() })
      .where(and(eq(partners.id, scope.partnerId), eq(partners.practiceId, scope.practiceId)));
    await recordAudit(
      tx,
      actorWithoutAccount(scope.practiceId),
      "partner.consent_accepted",
      { type: "partner", id: scope.partnerId, coupleId: scope.coupleId },
      { partnerId: scope.partnerId, version, shownOnScreen: scope.shownOnScreen },
    );
  });
}

/** The partner said no: nothing about them changes; the audit tells their therapist. */
export async function declineConsent(db: Executor, scope: PartnerScope, version: number) {
  await recordAudit(
    db,
    actorWithoutAccount(scope.practiceId),
    "partner.consent_declined",
    { type: "partner", id: scope.partnerId, coupleId: scope.coupleId },
    { partnerId: scope.partnerId, version },
  );
}
