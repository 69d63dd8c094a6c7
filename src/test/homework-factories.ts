import { eq } from "drizzle-orm";
import { examplePayload as microHurtExample } from "~/homework/micro-hurt";
import { currentConsent } from "~/server/consent/consent";
import { mintPartnerLink } from "~/server/partner-links/mint-link";
import { openPartnerLink, partnerForSession } from "~/server/partner-session/partner-session";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { Database } from "~/server/db/client";
import { partners } from "~/server/db/schema";
import { createCaller } from "~/server/trpc/root";
import { coupleInput, seedPractice, unique } from "./factories";

type Practice = Awaited<ReturnType<typeof seedPractice>>;

function partnerCaller(db: Database, partner: PartnerScope) {
  return createCaller({ db, user: null, partner, requesterKey: unique("device") });
}

/** Someone on the public pages: no staff session, no partner session. */
export function publicCaller(db: Database) {
  return createCaller({ db, user: null, partner: null, requesterKey: unique("device") });
}

/** A practice with a couple treated by `p.therapist`, both partners with email addresses. */
export async function seedCoupleWithPartners(db: Database) {
  const p = await seedPractice(db);
  const input = coupleInput(p.therapist.user.id, unique("Alex & Sam"));
  input.partners[1].email = `${unique("sam")}@example.test`;
  const { id: coupleId } = await p.owner.api.couples.create({ practiceId: p.practiceId, ...input });
  const rows = await db
    .select()
    .from(partners)
    .where(eq(partners.coupleId, coupleId))
    .orderBy(partners.position);
  const [a, b] = rows;
  if (!a || !b) throw new Error("couple has no partners");
  return { p, coupleId, a, b };
}

/**
 * Open a partner's personal link the way their phone does, and act as them. By default the link
 * is one the email job mints; `via: "screen"` opens one a therapist showed on screen instead.
 * The partner has accepted the practice's consent text unless `consent: false`.
 */
export async function openAsPartner(
  db: Database,
  p: Practice,
  partnerId: string,
  { via = "email", consent = true }: { via?: "email" | "screen"; consent?: boolean } = {},
) {
  if (consent) {
    const { version } = await currentConsent(db, p.practiceId);
    await db
      .update(partners)
      .set({ consentVersion: version, consentAcceptedAt: new Date() })
      .where(eq(partners.id, partnerId));
  }
  const url =
    via === "screen"
      ? (await p.therapist.api.partnerLinks.issue({ practiceId: p.practiceId, partnerId })).url
      : (await mintPartnerLink(db, { practiceId: p.practiceId, partnerId, createdByUserId: null }))
          .url;
  const token = new URL(url).pathname.split("/").pop()!;
  const opened = await openPartnerLink(db, token);
  if (opened.ok !== true) throw new Error(`link did not open: ${JSON.stringify(opened)}`);
  const scope = await partnerForSession(db, opened.sessionToken);
  if (!scope) throw new Error("no partner for a fresh session");
  return { scope, api: partnerCaller(db, scope), token, sessionToken: opened.sessionToken };
}

export async function assignMicroHurt(
  p: Practice,
  coupleId: string,
  positions: (1 | 2)[] = [1, 2],
) {
  return p.therapist.api.homework.assign({
    practiceId: p.practiceId,
    coupleId,
    kind: "micro_hurt",
    partnerPositions: positions,
    cadence: "whenever",
  });
}

export function microHurtSubmission(assignmentId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: "micro_hurt" as const,
    assignmentId,
    idempotencyKey: crypto.randomUUID(),
    payload: { ...microHurtExample },
    ...overrides,
  };
}
