import { eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { users } from "~/server/db/schema";
import type { ProfileInput } from "~/validation/profile";

/** The signed-in person's own profile. */
export async function profileOf(db: Executor, userId: string) {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      credentials: users.credentials,
      pronouns: users.pronouns,
      promptedAt: users.profilePromptedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function saveProfile(db: Executor, userId: string, input: ProfileInput) {
  await db
    .update(users)
    .set({ ...input, profilePromptedAt: new Date() })
    .where(eq(users.id, userId));
}

/** "Skip for now" at first sign-in: the profile form is not shown again on its own. */
export async function skipProfile(db: Executor, userId: string) {
  await db.update(users).set({ profilePromptedAt: new Date() }).where(eq(users.id, userId));
}

/** Whether to show the profile form before anything else: no name yet and never asked. */
export async function needsProfilePrompt(db: Executor, userId: string): Promise<boolean> {
  const profile = await profileOf(db, userId);
  return Boolean(profile && !profile.name && !profile.promptedAt);
}
