import { and, eq, isNull, ne } from "drizzle-orm";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database } from "~/server/db/client";
import { couples, partners } from "~/server/db/schema";
import { enqueueEmail } from "~/server/email/outbox";
import { takeRateLimit } from "~/server/rate-limit/rate-limit";

const PER_ADDRESS_PER_HOUR = 3;
const PER_DEVICE_PER_HOUR = 20;

/**
 * "Email me a new link": sends one to every current partner with this address. The caller
 * shows the same answer whether or not the address is known; only the rate limit, which
 * counts every attempt alike, can change it.
 */
export async function requestNewPartnerLink(
  db: Database,
  args: { email: string; requesterKey: string },
): Promise<{ limited: boolean }> {
  const hour = 60 * 60;
  const deviceOk = await takeRateLimit(db, {
    key: `link-request:device:${args.requesterKey}`,
    limit: PER_DEVICE_PER_HOUR,
    windowSeconds: hour,
  });
  const addressOk = await takeRateLimit(db, {
    key: `link-request:address:${args.email}`,
    limit: PER_ADDRESS_PER_HOUR,
    windowSeconds: hour,
  });
  if (!deviceOk || !addressOk) return { limited: true };

  await db.transaction(async (tx) => {
    const matches = await tx
      .select({
        partnerId: partners.id,
        practiceId: partners.practiceId,
        coupleId: partners.coupleId,
      })
      .from(partners)
      .innerJoin(couples, eq(couples.id, partners.coupleId))
      .where(
        and(
          eq(partners.email, args.email),
          ne(couples.status, "discharged"),
          isNull(partners.linksPausedAt),
        ),
      );
    for (const match of matches) {
      await enqueueEmail(tx, {
        practiceId: match.practiceId,
        to: args.email,
        template: "partner_link",
        props: { partnerId: match.partnerId },
        subjectType: "partner",
        subjectId: match.partnerId,
      });
      await recordAudit(tx, actorWithoutAccount(match.practiceId), "partner_link.requested", {
        type: "partner",
        id: match.partnerId,
        coupleId: match.coupleId,
      });
    }
  });
  return { limited: false };
}
