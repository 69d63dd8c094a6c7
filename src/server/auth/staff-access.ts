import type { Executor } from "~/server/db/client";
import { awaitsSecondFactor, sessionSecondFactor } from "~/server/mfa/session-state";
import { practiceAccess } from "~/server/practices/resolve-scope";
import type { SessionUser } from "~/server/trpc/context";

export interface StaffSignIn {
  user: SessionUser;
  /** The email link worked, but the person has an authenticator and has not entered a code yet. */
  awaitsSecondFactor: boolean;
}

/**
 * A staff sign-in as this request presents it: the person Auth.js found for the session cookie,
 * which of the cookie's tokens is theirs, and whether that session still owes its second factor.
 */
export async function staffSignIn(
  db: Executor,
  args: { user: { id: string; email: string; name: string | null }; sessionTokens: string[] },
): Promise<StaffSignIn | null> {
  const state = await sessionSecondFactor(db, {
    userId: args.user.id,
    sessionTokens: args.sessionTokens,
  });
  if (!state) return null;
  return {
    user: { ...args.user, sessionToken: state.sessionToken },
    awaitsSecondFactor: awaitsSecondFactor(state),
  };
}

/**
 * The one rule for everything that serves staff data: a session still owing its second factor
 * has no user. `currentUser` applies it, so the tRPC context and every route handler built on
 * it refuse such a session by default.
 */
export function signedInUser(signIn: StaffSignIn | null): SessionUser | null {
  return signIn && !signIn.awaitsSecondFactor ? signIn.user : null;
}

/** Where a session waiting for its code goes, and comes back from. */
export function secondFactorPath(returnTo: string): string {
  return `/mfa?next=${encodeURIComponent(returnTo)}`;
}

/** Where a member of a practice that requires a second factor sets one up. */
export function secondFactorSetupPath(returnTo: string): string {
  return `/mfa/setup?required=1&next=${encodeURIComponent(returnTo)}`;
}

/**
 * Where a staff page must send this request instead of rendering, or null to render: sign in,
 * enter the code, or (for a practice's pages) set up the second factor the practice requires.
 */
export async function staffPageRedirect(
  db: Executor,
  signIn: StaffSignIn | null,
  { returnTo, practiceId }: { returnTo: string; practiceId?: string },
): Promise<string | null> {
  if (!signIn) return `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`;
  if (signIn.awaitsSecondFactor) return secondFactorPath(returnTo);
  if (!practiceId) return null;
  const access = await practiceAccess(db, { userId: signIn.user.id, practiceId });
  return "refused" in access && access.refused === "second_factor_required"
    ? secondFactorSetupPath(returnTo)
    : null;
}
