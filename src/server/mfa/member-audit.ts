import { eq } from "drizzle-orm";
import { recordAudit, type AuditDetails } from "~/server/audit/record-audit";
import type { AuditAction } from "~/server/audit/audit-actions";
import type { Executor } from "~/server/db/client";
import { memberships } from "~/server/db/schema";

/**
 * A person's second factor belongs to them, not to one practice: what happens to it is recorded
 * in the audit trail of every practice they are a member of, about them (their membership).
 */
export async function auditInEveryPractice(
  db: Executor,
  userId: string,
  action: AuditAction,
  details?: AuditDetails,
): Promise<void> {
  const rows = await db
    .select({ practiceId: memberships.practiceId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  for (const { practiceId } of rows) {
    await recordAudit(
      db,
      { practiceId, userId },
      action,
      { type: "membership", id: userId },
      details,
    );
  }
}
