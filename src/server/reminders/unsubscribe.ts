import { and, eq, isNull } from "drizzle-orm";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { partners, practices } from "~/server/db/schema";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeState =
  { valid: false } | { valid: true; practiceName: string; remindersOff: boolean };

/** What the unsubscribe page shows before anything changes (mail scanners open links). */
export async function unsubscribeState(db: Executor, token: string): Promise<UnsubscribeState> {
  const partnerId = verifyUnsubscribeToken(token);
  if (!partnerId) return { valid: false };
  const [row] = await db
    .select({ practiceName: practices.name, remindersOffAt: partners.remindersOffAt })
    .from(partners)
    .innerJoin(practices, eq(practices.id, partners.practiceId))
    .where(eq(partners.id, partnerId));
  if (!row) return { valid: false };
  return { valid: true, practiceName: row.practiceName, remindersOff: row.remindersOffAt !== null };
}

export type UnsubscribeResult = "unsubscribed" | "already_off" | "invalid";

/** Stops reminder emails for the token's partner; their homework and links are untouched. */
export async function unsubscribeFromReminders(
  db: Database,
  token: string,
): Promise<UnsubscribeResult> {
  const partnerId = verifyUnsubscribeToken(token);
  if (!partnerId) return "invalid";
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(partners)
      .set({ remindersOffAt: new Date() })
      .where(and(eq(partners.id, partnerId), isNull(partners.remindersOffAt)))
      .returning({ practiceId: partners.practiceId, coupleId: partners.coupleId });
    if (!changed) {
      const [exists] = await tx
        .select({ id: partners.id })
        .from(partners)
        .where(eq(partners.id, partnerId));
      return exists ? "already_off" : "invalid";
    }
    await recordAudit(tx, actorWithoutAccount(changed.practiceId), "partner.unsubscribed", {
      type: "partner",
      id: partnerId,
      coupleId: changed.coupleId,
    });
    return "unsubscribed";
  });
}
