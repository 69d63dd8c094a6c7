import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "~/server/trpc/context";
import { STAFF_SESSION_COOKIES } from "./cookie-names";
import { getDb } from "~/server/db";
import { needsProfilePrompt } from "~/server/profile/profile";
import { signedInUser, staffPageRedirect, staffSignIn, type StaffSignIn } from "./staff-access";
import { auth } from "./index";

export { secondFactorPath, secondFactorSetupPath } from "./staff-access";

/**
 * Whoever signed in with the email link on this request, second factor confirmed or not. Only
 * the second-factor pages use this; everything else asks `currentUser`.
 */
export const currentSignIn = cache(async (): Promise<StaffSignIn | null> => {
  // Most requests from partners' phones carry no staff cookie: skip Auth.js for them.
  const jar = await cookies();
  const sessionTokens = STAFF_SESSION_COOKIES.flatMap((name) => jar.get(name)?.value ?? []);
  if (sessionTokens.length === 0) return null;
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return staffSignIn(getDb(), {
    user: { id: user.id, email: user.email, name: user.name ?? null },
    sessionTokens,
  });
});

/**
 * The signed-in staff member for this request, or null. A session still waiting for its second
 * factor counts as signed out here, so every page, procedure and route handler built on this
 * (the tRPC context, the PDF and export routes) serves nothing to it by default.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> =>
  signedInUser(await currentSignIn()),
);

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
  const elsewhere = await staffPageRedirect(getDb(), signIn, { returnTo, practiceId });
  if (elsewhere || !signIn) redirect(elsewhere ?? "/sign-in");
  const { user } = signIn;
  if (askForProfile && !user.name && (await needsProfilePrompt(getDb(), user.id))) {
    redirect(`/profile?next=${encodeURIComponent(returnTo)}`);
  }
  return user;
}
