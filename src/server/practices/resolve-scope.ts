import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { memberships, practices, staffMfa } from "~/server/db/schema";
import type { PracticeScope } from "./scope";

export type PracticeAccess =
  | { scope: PracticeScope }
  /** Not a member, or no such practice: answered as "not found". */
  | { refused: "not_found" }
  /** The practice requires a second factor and this member has not set one up yet. */
  | { refused: "second_factor_required" };

/**
 * Whether a user may act in a practice, only through their membership of it, and only with a
 * confirmed second factor when the practice requires one. (A session still waiting for its
 * second factor has no user at all: see `currentUser`.)
 */
export async function practiceAccess(
  db: Executor,
  args: { userId: string; practiceId: string },
): Promise<PracticeAccess> {
  const [row] = await db
    .select({
      role: memberships.role,
      requireMfa: practices.requireMfa,
      factorConfirmed: sql<boolean>`${staffMfa.confirmedAt} is not null`,
    })
    .from(memberships)
    .innerJoin(practices, eq(practices.id, memberships.practiceId))
    .leftJoin(staffMfa, eq(staffMfa.userId, memberships.userId))
    .where(and(eq(memberships.userId, args.userId), eq(memberships.practiceId, args.practiceId)));
  if (!row) return { refused: "not_found" };
  if (row.requireMfa && !row.factorConfirmed) return { refused: "second_factor_required" };
  return { scope: { ...args, role: row.role } };
}

/**
 * @public For code that needs only the scope (practiceAccess says why there is none).
 * The practice a user may act in: null when they are not a member (or the practice does not
 * exist), which every caller answers as "not found", and also while the practice's second-factor
 * requirement is unmet, so a route that forgets to ask gets nothing rather than too much.
 */
export async function resolveScope(
  db: Executor,
  args: { userId: string; practiceId: string },
): Promise<PracticeScope | null> {
  const access = await practiceAccess(db, args);
  return "scope" in access ? access.scope : null;
}
