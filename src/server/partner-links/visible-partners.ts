import { and, eq, inArray } from "drizzle-orm";
import { visibleCouples } from "~/server/couples/visibility";
import type { Executor } from "~/server/db/client";
import { couples, partners } from "~/server/db/schema";
import type { PracticeScope } from "~/server/practices/scope";

/** Of these partner ids, the ones whose couple the member may see; the rest match nothing. */
export async function visiblePartnerIds(
  db: Executor,
  scope: PracticeScope,
  partnerIds: string[],
): Promise<string[]> {
  if (partnerIds.length === 0) return [];
  const rows = await db
    .select({ id: partners.id })
    .from(partners)
    .innerJoin(couples, eq(couples.id, partners.coupleId))
    .where(
      and(
        inArray(partners.id, partnerIds),
        eq(partners.practiceId, scope.practiceId),
        visibleCouples(scope),
      ),
    );
  return rows.map((r) => r.id);
}
