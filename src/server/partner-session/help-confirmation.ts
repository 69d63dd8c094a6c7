import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { safetyFlags } from "~/server/db/schema";
import type { PartnerScope } from "./partner-scope";

/**
 * Whether this partner's "I need help" with this key reached the server: the help page says the
 * therapist was alerted only when it did (the form that works without scripts lands there).
 */
export async function helpRequestRaised(
  db: Executor,
  scope: PartnerScope,
  idempotencyKey: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: safetyFlags.id })
    .from(safetyFlags)
    .where(
      and(
        eq(safetyFlags.partnerId, scope.partnerId),
        eq(safetyFlags.practiceId, scope.practiceId),
        eq(safetyFlags.idempotencyKey, idempotencyKey),
      ),
    );
  return Boolean(row);
}
