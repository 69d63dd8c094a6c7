import { and, eq, or, sql, type Column, type Placeholder, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { couples } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { isManager, type PracticeScope } from "~/server/practices/scope";
import { awayToday } from "~/server/safety/away-today";

/**
 * The couples a member may see: the practice's, and for a therapist those they treat — plus,
 * when they are the practice's safety backup, the couples of a colleague who is away today (so
 * they can follow up the alerts they are sent). Every couple query goes through this, so another
 * practice's or therapist's couple matches nothing.
 */
export function visibleCouples(scope: PracticeScope): SQL {
  const inPractice = eq(couples.practiceId, scope.practiceId);
  if (isManager(scope)) return inPractice;
  return and(inPractice, answersFor(scope)) as SQL;
}

/**
 * The same rule for a member whose role is read in the same statement (`role`, a column of their
 * membership row) rather than known beforehand: one round trip checks membership and couple.
 */
export function visibleCouplesToMember(member: MemberIds, role: SQL | Column): SQL {
  const manager = sql`${role} in ('owner', 'admin')`;
  return and(eq(couples.practiceId, member.practiceId), or(manager, answersFor(member))) as SQL;
}

/** A member's ids, or placeholders for them in a prepared statement. */
interface MemberIds {
  practiceId: string | Placeholder;
  userId: string | Placeholder;
}

// Evaluated once (an init plan), so the (practice, therapist) index still serves the lookup.
function answersFor(member: MemberIds): SQL {
  return sql`${couples.therapistUserId} = any(array(
    select ${member.userId}::text
    union all
    select away.user_id from memberships away
    join practices pr on pr.id = away.practice_id
    where away.practice_id = ${member.practiceId} and pr.safety_backup_user_id = ${member.userId}
      and ${awayToday}
  ))`;
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
