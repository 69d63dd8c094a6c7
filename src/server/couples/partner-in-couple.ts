import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { couples, partners } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { visibleCouples } from "./visibility";

/** A partner of a couple the member may see, or NOT_FOUND. */
export async function visiblePartner(db: Executor, scope: PracticeScope, partnerId: string) {
  const [row] = await db
    .select({
      partner: partners,
      coupleStatus: couples.status,
      therapistUserId: couples.therapistUserId,
    })
    .from(partners)
    .innerJoin(couples, eq(couples.id, partners.coupleId))
    .where(
      and(
        eq(partners.id, partnerId),
        eq(partners.practiceId, scope.practiceId),
        visibleCouples(scope),
      ),
    );
  if (!row) throw notFound("That partner");
  return row;
}
