import { randomUUID } from "node:crypto";
import { BUILT_IN_CONSENT_VERSION } from "../src/domain/consent";
import type { Database } from "../src/server/db/client";
import {
  assignments,
  couples,
  memberships,
  partners,
  practiceBilling,
  practices,
  users,
} from "../src/server/db/schema";
import { openPartnerLink } from "../src/server/partner-session/partner-session";
import { mintPartnerLink } from "../src/server/partner-links/mint-link";

export interface BenchPartner {
  partnerId: string;
  assignmentId: string;
  sessionToken: string;
}

/** `count` partners (count/2 couples) with a micro-hurt assignment and an open session each. */
export async function seedPartnerSessions(db: Database, count: number): Promise<BenchPartner[]> {
  const [practice] = await db
    .insert(practices)
    .values({ name: "Bench practice", timeZone: "UTC" })
    .returning();
  // Every practice has its billing row, as createPractice gives one.
  await db
    .insert(practiceBilling)
    .values({ practiceId: practice!.id, trialEndsAt: new Date(Date.now() + 14 * 86_400_000) });
  const [therapist] = await db
    .insert(users)
    .values({ email: `${randomUUID()}@bench.test`, name: "Bench" })
    .returning();
  await db
    .insert(memberships)
    .values({ practiceId: practice!.id, userId: therapist!.id, role: "owner" });
  const result: BenchPartner[] = [];
  for (let i = 0; i < Math.ceil(count / 2); i++) {
    const [couple] = await db
      .insert(couples)
      .values({
        practiceId: practice!.id,
        label: `Couple ${i}`,
        therapistUserId: therapist!.id,
        timeZone: "UTC",
      })
      .returning();
    const pair = await db
      .insert(partners)
      .values(
        [1, 2].map((position) => ({
          practiceId: practice!.id,
          coupleId: couple!.id,
          position,
          displayName: `P${position}`,
          timeZone: "UTC",
          // Partner procedures refuse until the consent text is accepted; these partners have.
          consentVersion: BUILT_IN_CONSENT_VERSION,
          consentAcceptedAt: new Date(),
        })),
      )
      .returning();
    const [assignment] = await db
      .insert(assignments)
      .values({
        practiceId: practice!.id,
        coupleId: couple!.id,
        kind: "micro_hurt",
        title: "Micro-hurt log",
        partnerPositions: [1, 2],
        cadence: "whenever",
        assignedByUserId: therapist!.id,
      })
      .returning();
    for (const partner of pair) {
      const link = await mintPartnerLink(db, {
        practiceId: practice!.id,
        partnerId: partner.id,
        createdByUserId: null,
      });
      const opened = await openPartnerLink(db, new URL(link.url).pathname.split("/").pop()!);
      if (opened.ok !== true) throw new Error("bench link did not open");
      result.push({
        partnerId: partner.id,
        assignmentId: assignment!.id,
        sessionToken: opened.sessionToken,
      });
    }
  }
  return result.slice(0, count);
}
