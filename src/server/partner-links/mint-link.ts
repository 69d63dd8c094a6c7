import { eq } from "drizzle-orm";
import { env } from "~/env";
import type { Executor } from "~/server/db/client";
import { partnerLinks, practices } from "~/server/db/schema";
import { generateToken, hashToken } from "~/server/tokens";

function partnerLinkUrl(token: string): string {
  return new URL(`/c/l/${token}`, env.APP_URL).toString();
}

/**
 * A new personal link for a partner, valid for the practice's link lifetime. The token exists
 * only in the returned URL (for an email, the screen or a QR code); the database keeps its hash.
 * Earlier links keep working until they expire, are used or are revoked.
 */
export async function mintPartnerLink(
  db: Executor,
  args: {
    practiceId: string;
    partnerId: string;
    createdByUserId: string | null;
    shownOnScreen?: boolean;
  },
): Promise<{ id: string; url: string; expiresAt: Date }> {
  const [practice] = await db
    .select({ days: practices.partnerLinkDays })
    .from(practices)
    .where(eq(practices.id, args.practiceId));
  if (!practice) throw new Error("practice not found for partner link");
  const token = generateToken();
  const expiresAt = new Date(Date.now() + practice.days * 24 * 60 * 60 * 1000);
  const [link] = await db
    .insert(partnerLinks)
    .values({
      practiceId: args.practiceId,
      partnerId: args.partnerId,
      tokenHash: hashToken(token),
      expiresAt,
      createdByUserId: args.createdByUserId,
      shownOnScreen: args.shownOnScreen ?? false,
    })
    .returning({ id: partnerLinks.id });
  if (!link) throw new Error("insert returned no link");
  return { id: link.id, url: partnerLinkUrl(token), expiresAt };
}
