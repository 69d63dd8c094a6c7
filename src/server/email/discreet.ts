import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { partners, practices } from "~/server/db/schema";

/** What a discreet email says instead of naming the practice: the subject, and the sender's name. */
export const DISCREET_SUBJECT = "A message from your care team";
const DISCREET_SENDER_NAME = "Care team";

/** The same address under a neutral name: `Attune <no-reply@x>` → `Care team <no-reply@x>`. */
export function discreetSender(from: string): string {
  const address = /<([^>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  return `${DISCREET_SENDER_NAME} <${address}>`;
}

/**
 * Whether an email to this partner is discreet, read when it is sent (a choice changed after it
 * was queued applies): the partner's own choice, or else the practice's setting.
 */
export async function isDiscreetFor(db: Executor, practiceId: string, partnerId: string) {
  const [row] = await db
    .select({ partner: partners.discreetEmails, practice: practices.discreetEmails })
    .from(partners)
    .innerJoin(practices, eq(practices.id, partners.practiceId))
    .where(and(eq(partners.id, partnerId), eq(partners.practiceId, practiceId)));
  return row ? (row.partner ?? row.practice) : false;
}
