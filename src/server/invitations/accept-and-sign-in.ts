import { eq } from "drizzle-orm";
import { env } from "~/env";
import type { Database } from "~/server/db/client";
import { staffSessions, users } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { generateToken } from "~/server/tokens";
import { acceptInvitation, previewInvitation, refusals } from "./accept-invitation";

/**
 * Accept an invitation from its emailed link and sign the person in, in one step: the link went
 * to the invited address, so it proves the address as a sign-in link does (one email, not two).
 * It works once — accepting spends it — and only while the invitation is pending.
 */
export async function acceptAndSignIn(
  db: Database,
  token: string,
): Promise<{ practiceId: string; sessionToken: string; expires: Date }> {
  const preview = await previewInvitation(db, token);
  if (!preview) throw new DomainError("NOT_FOUND", "This invitation link is not valid.");
  if (preview.state !== "pending") throw new DomainError("CONFLICT", refusals[preview.state]);
  // One transaction: a refusal met on the way (say, the sender left) leaves no account behind.
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.email, preview.email));
    const user =
      existing ??
      (
        await tx
          .insert(users)
          .values({ email: preview.email, emailVerified: new Date() })
          .onConflictDoUpdate({ target: users.email, set: { email: preview.email } })
          .returning()
      )[0]!;
    const { practiceId } = await acceptInvitation(tx, {
      token,
      userId: user.id,
      email: user.email,
    });
    // The same row Auth.js keeps for a magic-link sign-in: same idle and absolute limits.
    const sessionToken = generateToken();
    const expires = new Date(Date.now() + env.SESSION_IDLE_MINUTES * 60_000);
    await tx.insert(staffSessions).values({ sessionToken, userId: user.id, expires });
    return { practiceId, sessionToken, expires };
  });
}
