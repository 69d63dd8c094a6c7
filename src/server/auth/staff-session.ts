import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "~/server/trpc/context";
import { STAFF_SESSION_COOKIES } from "./cookie-names";
import { getDb } from "~/server/db";
import { practiceAccess } from "~/server/practices/resolve-scope";
import { needsProfilePrompt } from "~/server/profile/profile";
import { awaitsSecondFactor, sessionSecondFactor } from "~/server/mfa/session-state";
import { auth } from "./index";

export interface StaffSignIn {
  user: SessionUser;
  /** The email link worked, but the person has an authenticator and has not entered a code yet. */
  awaitsSecondFactor: boolean;
}

/**
 * Whoever signed in with the email link on this request, second factor confirmed or not. Only
 * the second-factor pages use this; everything else asks `currentUser`.
 */
export const currentSignIn = cache(async (): Promise<StaffSignIn | null> => {
  // Most requests from partners' phones carry no staff cookie: skip Auth.js for them.
  const jar = await cookies();
  const tokens = STAFF_SESSION_COOKIES.flatMap((name) => jar.get(name)?.value ?? []);
  if (tokens.length === 0) return null;
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  const state = await sessionSecondFactor(getDb(), { userId: user.id, sessionTokens: tokens });
  if (!state) return null;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name ?? null,
      sessionToken: state.sessionToken,
    },
    awaitsSecondFactor: awaitsSecondFactor(state),
  };
});

/**
 * The signed-in staff member for this request, or null. A session still waiting for its second
 * factor counts as signed out here, so every page, procedure and route handler built on this
 * (the tRPC context, the PDF and export routes) serves nothing to it by default.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const signIn = await currentSignIn();
  return signIn && !signIn.awaitsSecondFactor ? signIn.user : null;
});

/**
 * For pages that need a signed-in user: send everyone else to sign in, then back here; a session
 * waiting for its second factor to the code page. With `practiceId`, a member of a practice that
 * requires a second factor and has none is sent to set one up. At first sign-in, someone with no
 * name yet is asked for their profile first (once; they may skip).
 */
export async function requireUser(
  returnTo: string,
  { askForProfile = true, practiceId }: { askForProfile?: boolean; practiceId?: string } = {},
): Promise<SessionUser> {
  const signIn = await currentSignIn();
  if (!signIn) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (signIn.awaitsSecondFactor) redirect(secondFactorPath(returnTo));
  const { user } = signIn;
  if (askForProfile && !user.name && (await needsProfilePrompt(getDb(), user.id))) {
    redirect(`/profile?next=${encodeURIComponent(returnTo)}`);
  }
  if (practiceId) {
    const access = await practiceAccess(getDb(), { userId: user.id, practiceId });
    if ("refused" in access && access.refused === "second_factor_required") {
      redirect(secondFactorSetupPath(returnTo));
    }
  }
  return user;
}

/** Where a session waiting for its code goes, and comes back from. */
export function secondFactorPath(returnTo: string): string {
  return `/mfa?next=${encodeURIComponent(returnTo)}`;
}

/** Where a member of a practice that requires a second factor sets one up. */
export function secondFactorSetupPath(returnTo: string): string {
  return `/mfa/setup?required=1&next=${encodeURIComponent(returnTo)}`;
}
