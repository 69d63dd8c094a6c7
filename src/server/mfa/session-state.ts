import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { staffMfa, staffSessions } from "~/server/db/schema";

export interface SessionSecondFactor {
  /** The session row the cookie named (one of the user's). */
  sessionToken: string;
  /** The person has a confirmed authenticator. */
  factorConfirmed: boolean;
  /** This session confirmed it (after the email link). */
  verifiedAt: Date | null;
}

/**
 * The second-factor state of a staff session: which of the cookies' tokens is this user's
 * session, whether they have a confirmed factor, and whether this session has passed it.
 * Null when no such session exists (it just ended).
 */
export async function sessionSecondFactor(
  db: Executor,
  args: { userId: string; sessionTokens: string[] },
): Promise<SessionSecondFactor | null> {
  if (args.sessionTokens.length === 0) return null;
  const [row] = await db
    .select({
      sessionToken: staffSessions.sessionToken,
      verifiedAt: staffSessions.mfaVerifiedAt,
      confirmedAt: staffMfa.confirmedAt,
    })
    .from(staffSessions)
    .leftJoin(staffMfa, eq(staffMfa.userId, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.userId, args.userId),
        inArray(staffSessions.sessionToken, args.sessionTokens),
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    sessionToken: row.sessionToken,
    factorConfirmed: row.confirmedAt !== null,
    verifiedAt: row.verifiedAt,
  };
}

/** A session that must still confirm its second factor before it sees anything. */
export function awaitsSecondFactor(
  state: Pick<SessionSecondFactor, "factorConfirmed" | "verifiedAt">,
) {
  return state.factorConfirmed && state.verifiedAt === null;
}
