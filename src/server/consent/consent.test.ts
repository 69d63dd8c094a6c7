import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { DEFAULT_CONSENT_TEXT } from "~/domain/consent";
import { consentTexts, entries, partners } from "~/server/db/schema";
import { partnerForSession } from "~/server/partner-session/partner-session";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import { createCaller } from "~/server/trpc/root";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { acceptConsent, declineConsent } from "./consent";

const db = testDatabase();

const PRACTICE_TEXT =
  "Homework here is short notes between sessions. Your therapist reads them; your partner reads only what you share.";

/** A partner fresh from their link, who has not accepted anything yet, and a way to re-read them. */
async function newPartner() {
  const s = await seedCoupleWithPartners(db);
  const opened = await openAsPartner(db, s.p, s.a.id, { consent: false });
  const now = async () => {
    const scope = (await partnerForSession(db, opened.sessionToken)) as PartnerScope;
    return { scope, api: createCaller({ db, user: null, partner: scope }) };
  };
  return { ...s, opened, now };
}

async function partnerRow(id: string) {
  const [row] = await db.select().from(partners).where(eq(partners.id, id));
  return row!;
}

describe("consent at first opening", () => {
  test("before accepting, partner procedures refuse and store nothing; the consent and help answer", async () => {
    const s = await newPartner();
    const { id: assignmentId } = await assignMicroHurt(s.p, s.coupleId);
    const { scope, api } = await s.now();
    expect(scope.consentNeeded).toBe(true);
    await rejectsWith(api.partner.home(), "FORBIDDEN");
    await rejectsWith(api.partner.homeworkForm({ assignmentId }), "FORBIDDEN");
    await rejectsWith(api.partner.contact(), "FORBIDDEN");
    await rejectsWith(api.partner.submitEntry(microHurtSubmission(assignmentId)), "FORBIDDEN");
    expect(await db.select().from(entries).where(eq(entries.partnerId, s.a.id))).toEqual([]);
    await expect(api.partner.consent()).resolves.toMatchObject({
      version: 0,
      body: DEFAULT_CONSENT_TEXT,
    });
    // "I need help" never waits on a form.
    await expect(
      api.partner.askForHelp({ idempotencyKey: crypto.randomUUID() }),
    ).resolves.toBeTruthy();
  });

  test("the built-in text says what homework is, who reads what, no emergency service, stop any time", () => {
    expect(DEFAULT_CONSENT_TEXT).toMatch(/homework/);
    expect(DEFAULT_CONSENT_TEXT).toMatch(/therapist reads everything/);
    expect(DEFAULT_CONSENT_TEXT).toMatch(/not an emergency service/);
    expect(DEFAULT_CONSENT_TEXT).toMatch(/stop at any time/);
  });

  test("accepting stores the version and time, is audited with the version, and opens the pages", async () => {
    const s = await newPartner();
    await acceptConsent(db, (await s.now()).scope, 0);
    const row = await partnerRow(s.a.id);
    expect(row.consentVersion).toBe(0);
    expect(row.consentAcceptedAt).toBeInstanceOf(Date);
    const { scope, api } = await s.now();
    expect(scope.consentNeeded).toBe(false);
    await expect(api.partner.home()).resolves.toMatchObject({ entries: [] });
    const accepted = (await auditTrail(db, s.p.practiceId)).filter(
      (e) => e.action === "partner.consent_accepted",
    );
    expect(accepted).toMatchObject([
      {
        actorUserId: null,
        subjectType: "partner",
        subjectId: s.a.id,
        coupleId: s.coupleId,
        details: { version: 0, partnerId: s.a.id },
      },
    ]);
    // The other partner has not accepted: still asked.
    const sam = await openAsPartner(db, s.p, s.b.id, { consent: false });
    expect(sam.scope.consentNeeded).toBe(true);
  });

  test("a new version from the practice asks again; a stale acceptance is refused", async () => {
    const s = await newPartner();
    await acceptConsent(db, (await s.now()).scope, 0);
    await expect(
      s.p.admin.api.practices.saveConsentText({ practiceId: s.p.practiceId, body: PRACTICE_TEXT }),
    ).resolves.toEqual({ version: 1, changed: true });
    const asked = await s.now();
    expect(asked.scope.consentNeeded).toBe(true);
    await rejectsWith(asked.api.partner.home(), "FORBIDDEN");
    await expect(asked.api.partner.consent()).resolves.toMatchObject({
      version: 1,
      body: PRACTICE_TEXT,
    });

    // Accepting the text read before the change is not accepting this one.
    await expect(acceptConsent(db, asked.scope, 0)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await partnerRow(s.a.id)).consentVersion).toBe(0);

    await acceptConsent(db, asked.scope, 1);
    expect((await s.now()).scope.consentNeeded).toBe(false);
    expect((await partnerRow(s.a.id)).consentVersion).toBe(1);
    const versions = (await auditTrail(db, s.p.practiceId))
      .filter((e) => e.action === "partner.consent_accepted")
      .map((e) => (e.details as { version: number }).version);
    expect(versions).toEqual([0, 1]);
  });

  test("declining records only the audit, with the version; the partner is still asked", async () => {
    const s = await newPartner();
    const { scope } = await s.now();
    await declineConsent(db, scope, 0);
    const row = await partnerRow(s.a.id);
    expect(row.consentVersion).toBeNull();
    expect(row.consentAcceptedAt).toBeNull();
    expect((await s.now()).scope.consentNeeded).toBe(true);
    expect(
      (await auditTrail(db, s.p.practiceId)).filter((e) => e.action === "partner.consent_declined"),
    ).toMatchObject([{ subjectId: s.a.id, details: { version: 0 } }]);
  });
});

describe("the practice's consent text in settings", () => {
  test("each save is a new version, audited with it; saving the same text again adds none", async () => {
    const s = await seedCoupleWithPartners(db);
    const practiceId = s.p.practiceId;
    await expect(s.p.therapist.api.practices.consentText({ practiceId })).resolves.toMatchObject({
      version: 0,
      builtIn: true,
      body: DEFAULT_CONSENT_TEXT,
    });
    await s.p.owner.api.practices.saveConsentText({ practiceId, body: PRACTICE_TEXT });
    await expect(
      s.p.owner.api.practices.saveConsentText({ practiceId, body: `  ${PRACTICE_TEXT} ` }),
    ).resolves.toEqual({ version: 1, changed: false });
    await s.p.owner.api.practices.saveConsentText({
      practiceId,
      body: `${PRACTICE_TEXT} Revised.`,
    });
    const rows = await db
      .select({ version: consentTexts.version, by: consentTexts.createdByUserId })
      .from(consentTexts)
      .where(eq(consentTexts.practiceId, practiceId))
      .orderBy(consentTexts.version);
    expect(rows).toEqual([
      { version: 1, by: s.p.owner.user.id },
      { version: 2, by: s.p.owner.user.id },
    ]);
    await expect(s.p.therapist.api.practices.consentText({ practiceId })).resolves.toMatchObject({
      version: 2,
      builtIn: false,
    });
    const revised = (await auditTrail(db, practiceId)).filter(
      (e) => e.action === "consent_text.revised",
    );
    expect(revised.map((e) => [e.actorUserId, (e.details as { version: number }).version])).toEqual(
      [
        [s.p.owner.user.id, 1],
        [s.p.owner.user.id, 2],
      ],
    );
    // The audit never carries the text itself.
    expect(JSON.stringify(revised)).not.toContain("short notes");
  });

  test("only owners and admins save it; a therapist is refused and nothing changes", async () => {
    const s = await seedCoupleWithPartners(db);
    const practiceId = s.p.practiceId;
    await rejectsWith(
      s.p.therapist.api.practices.saveConsentText({ practiceId, body: PRACTICE_TEXT }),
      "FORBIDDEN",
    );
    const error = await rejectsWith(
      s.p.owner.api.practices.saveConsentText({ practiceId, body: "Too short" }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/consent text/);
    expect(
      await db.select().from(consentTexts).where(eq(consentTexts.practiceId, practiceId)),
    ).toEqual([]);
  });

  test("another practice's member gets NOT_FOUND and changes nothing", async () => {
    const a = await seedCoupleWithPartners(db);
    const b = await seedCoupleWithPartners(db);
    await a.p.owner.api.practices.saveConsentText({
      practiceId: a.p.practiceId,
      body: PRACTICE_TEXT,
    });
    const before = await db
      .select()
      .from(consentTexts)
      .where(eq(consentTexts.practiceId, a.p.practiceId));
    const outsider = b.p.owner.api;
    await rejectsWith(outsider.practices.consentText({ practiceId: a.p.practiceId }), "NOT_FOUND");
    await rejectsWith(
      outsider.practices.saveConsentText({ practiceId: a.p.practiceId, body: `${PRACTICE_TEXT}!` }),
      "NOT_FOUND",
    );
    // Their own practice's new version asks nobody in practice A again.
    await outsider.practices.saveConsentText({ practiceId: b.p.practiceId, body: PRACTICE_TEXT });
    const alex = await openAsPartner(db, a.p, a.a.id);
    expect(alex.scope.consentNeeded).toBe(false);
    expect(
      await db.select().from(consentTexts).where(eq(consentTexts.practiceId, a.p.practiceId)),
    ).toEqual(before);
    expect(
      (await auditTrail(db, a.p.practiceId)).filter(
        (e) => e.action === "consent_text.revised" && e.actorUserId === b.p.owner.user.id,
      ),
    ).toEqual([]);
  });
});
