import { and, eq, type SQL } from "drizzle-orm";
import { couples } from "~/server/db/schema";
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
