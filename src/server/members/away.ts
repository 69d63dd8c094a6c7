import { and, eq } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database } from "~/server/db/client";
import { memberships } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { isManager, type PracticeScope } from "~/server/practices/scope";
import type { MemberAwayInput } from "~/validation/members";

/**
 * Set or clear the days a member is away (inclusive). While the treating therapist is away, safety
 * alerts also go to the practice's backup person. A member sets their own; owners and admins anyone's.
 */
export async function setMemberAway(db: Database, scope: PracticeScope, input: MemberAwayInput) {
  if (input.userId !== scope.userId && !isManager(scope)) {
    throw new DomainError("FORBIDDEN", "Only owners and admins set another member's away dates.");
  }
  await db.transaction(async (tx) => {
    const ofMember = and(
      eq(memberships.practiceId, scope.practiceId),
      eq(memberships.userId, input.userId),
    );
    const changed = await tx
      .update(memberships)
      .set({ awayFrom: input.awayFrom, awayUntil: input.awayUntil })
      .where(ofMember)
      .returning({ id: memberships.id });
    if (changed.length === 0) throw notFound("That member");
    await recordAudit(
      tx,
      scope,
      "member.away_changed",
      { type: "membership", id: input.userId },
      { awayFrom: input.awayFrom, awayUntil: input.awayUntil },
    );
  });
}
