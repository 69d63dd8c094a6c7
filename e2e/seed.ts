import { demoHistories } from "../scripts/lib/demo/histories";
import { seedHomeworkHistory } from "../scripts/lib/demo/seed-homework";
import { createCouple } from "../src/server/couples/couples";
import type { Database } from "../src/server/db/client";
import { eq } from "drizzle-orm";
import { getKind } from "../src/homework/registry";
import { mintPartnerLink } from "../src/server/partner-links/mint-link";
import { assignHomework } from "../src/server/assignments/assignments";
import { entries, memberships, partners, users } from "../src/server/db/schema";
import { createPractice } from "../src/server/practices/practices";
import { e2eDatabase } from "./database";
import { uniqueEmail } from "./support";

const alexAndSam = demoHistories.find((h) => h.label === "Alex & Sam")!;

interface SeedPartner {
  displayName: string;
  email: string;
}

interface CoupleSeed {
  therapistEmail: string;
  practiceName?: string;
  timeZone?: string;
  label?: string;
  partners?: [SeedPartner, SeedPartner];
  /** Alex & Sam's ten weeks of homework from the demo */
  withHistory?: boolean;
  /**
   * The partners have already accepted the built-in consent text (version 0), so journeys about
   * something else start at the home page; false: they meet the consent page first.
   */
  consented?: boolean;
}

/**
 * What a journey starts from, written straight to the server's database: a therapist who owns a
 * practice, and one couple they treat. `then` runs with the same connection before it closes.
 */
export async function seedCouple<T = undefined>(
  seed: CoupleSeed,
  then?: (db: Database, ids: { practiceId: string; coupleId: string }) => Promise<T>,
) {
  const { db, close } = e2eDatabase();
  try {
    const timeZone = seed.timeZone ?? "UTC";
    const [therapist] = await db
      .insert(users)
      .values({ email: seed.therapistEmail, name: "Robin Hart" })
      .returning();
    const practice = await createPractice(db, {
      userId: therapist!.id,
      name: seed.practiceName ?? "Lakeside Couples",
      timeZone,
    });
    const scope = { practiceId: practice.id, userId: therapist!.id, role: "owner" as const };
    const couple = await createCouple(db, scope, {
      label: seed.label ?? alexAndSam.label,
      timeZone,
      therapistUserId: therapist!.id,
      partners: seed.partners ?? [
        { displayName: "Alex", email: uniqueEmail("alex") },
        { displayName: "Sam", email: uniqueEmail("sam") },
      ],
    });
    if (seed.consented ?? true) {
      await db
        .update(partners)
        .set({ consentVersion: 0, consentAcceptedAt: new Date() })
        .where(eq(partners.coupleId, couple.id));
    }
    const seeded = seed.withHistory
      ? await seedHomeworkHistory(db, practice.id, therapist!.id, alexAndSam)
      : 0;
    const ids = { practiceId: practice.id, coupleId: couple.id };
    return { ...ids, seeded, extra: then ? await then(db, ids) : (undefined as T) };
  } finally {
    await close();
  }
}

/** The couple's first partner (Alex in every seed) and the practice owner's scope, for seeding. */
export async function firstPartnerAndOwner(
  db: Database,
  { practiceId, coupleId }: { practiceId: string; coupleId: string },
) {
  const [alex] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.coupleId, coupleId))
    .orderBy(partners.position)
    .limit(1);
  const [owner] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.practiceId, practiceId));
  if (!alex || !owner) throw new Error("the seeded couple has no partner or the practice no owner");
  return { alex, scope: { practiceId, userId: owner.userId, role: "owner" as const } };
}

/**
 * A couple whose first partner logged a hurt ten days ago, not repaired then, and a fresh
 * personal link (its path) for that partner: where updating a hurt later starts.
 */
export async function seedLoggedHurt(therapistEmail: string) {
  const { extra } = await seedCouple({ therapistEmail }, async (db, { practiceId, coupleId }) => {
    const { alex } = await firstPartnerAndOwner(db, { practiceId, coupleId });
    const [hurt] = await db
      .insert(entries)
      .values({
        practiceId,
        coupleId,
        partnerId: alex.id,
        kind: "micro_hurt",
        schemaVersion: getKind("micro_hurt").version,
        payload: {
          observation: "They kept scrolling while I told them about my day.",
          category: "phone",
          feelings: ["hurt"],
          intensity: 6,
          raised: false,
          repaired: false,
        },
        occurredAt: new Date(Date.now() - 10 * 24 * 60 * 60 * 1000),
        visibility: "private",
        idempotencyKey: crypto.randomUUID(),
      })
      .returning({ id: entries.id });
    const minted = await mintPartnerLink(db, {
      practiceId,
      partnerId: alex.id,
      createdByUserId: null,
    });
    // The path only: this process's APP_URL is not the server's.
    return { entryId: hurt!.id, link: new URL(minted.url).pathname };
  });
  return extra;
}

/**
 * A couple whose first partner (Alex) has a micro-hurt log and a cycle map to do, and a fresh
 * personal link (its path) for Alex: where the phone forms start.
 */
export async function seedPhoneForms(therapistEmail: string) {
  const { practiceId, coupleId, extra } = await seedCouple(
    { therapistEmail },
    async (db, { practiceId, coupleId }) => {
      const { alex, scope } = await firstPartnerAndOwner(db, { practiceId, coupleId });
      const assign = (kind: "micro_hurt" | "cycle_map") =>
        assignHomework(db, scope, { coupleId, kind, partnerPositions: [1], cadence: "whenever" });
      const hurt = await assign("micro_hurt");
      const cycle = await assign("cycle_map");
      const minted = await mintPartnerLink(db, {
        practiceId,
        partnerId: alex.id,
        createdByUserId: null,
      });
      return {
        alexId: alex.id,
        hurtAssignmentId: hurt.id,
        cycleAssignmentId: cycle.id,
        link: new URL(minted.url).pathname,
      };
    },
  );
  return { practiceId, coupleId, ...extra };
}
