import { and, eq, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { couples } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { isManager, type PracticeScope } from "~/server/practices/scope";

/**
 * The couples a member may see: the practice's, and for a therapist only those they treat.
 * Every couple query goes through this, so another practice's or therapist's couple matches nothing.
 */
export function visibleCouples(scope: PracticeScope): SQL {
  const inPractice = eq(couples.practiceId, scope.practiceId);
  return isManager(scope)
    ? inPractice
    : (and(inPractice, eq(couples.therapistUserId, scope.userId)) as SQL);
}

/** A couple the member may see (its id and time zone), or NOT_FOUND: the same answer for another practice's. */
export async function findVisibleCouple(db: Executor, scope: PracticeScope, coupleId: string) {
  const [couple] = await db
    .select({ id: couples.id, timeZone: couples.timeZone })
    .from(couples)
    .where(and(eq(couples.id, coupleId), visibleCouples(scope)));
  if (!couple) throw notFound("That couple");
  return couple;
}
