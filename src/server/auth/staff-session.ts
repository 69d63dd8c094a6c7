import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "~/server/trpc/context";
import { STAFF_SESSION_COOKIES } from "./cookie-names";
import { getDb } from "~/server/db";
import { needsProfilePrompt } from "~/server/profile/profile";
import { auth } from "./index";

/** The signed-in staff member for this request, or null. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Most requests from partners' phones carry no staff cookie: skip Auth.js for them.
  const jar = await cookies();
  if (!STAFF_SESSION_COOKIES.some((name) => jar.has(name))) return null;
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
});

/**
 * For pages that need a signed-in user: send everyone else to sign in, then back here. At first
 * sign-in, someone with no name yet is asked for their profile first (once; they may skip).
 */
export async function requireUser(
  returnTo: string,
  { askForProfile = true }: { askForProfile?: boolean } = {},
): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (askForProfile && !user.name && (await needsProfilePrompt(getDb(), user.id))) {
    redirect(`/profile?next=${encodeURIComponent(returnTo)}`);
  }
  return user;
}
