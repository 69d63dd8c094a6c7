import { and, eq, sql } from "drizzle-orm";
import type { AuditAction } from "~/server/audit/audit-actions";
import type { Database } from "~/server/db/client";
import { safetyFlags } from "~/server/db/schema";
import { emailTemplates } from "~/server/email/email-templates";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import { queueSafetyAlerts } from "./alert-recipients";

interface RaisedFlag {
  id: string;
  raisedAt: Date;
  /** The same press (same device key) was already heard: nothing new was raised or sent. */
  duplicate: boolean;
}

/**
 * The partner pressed "I need help": raise a safety flag with no other answers and alert the
 * treating therapist (and the backup while they are away) exactly as a ticked box in a form does.
 * Idempotent on the device's key, and one statement, like a submitted entry.
 */
export async function raiseHelpFlag(
  db: Database,
  scope: PartnerScope,
  idempotencyKey: string,
): Promise<RaisedFlag> {
  const action: AuditAction = "safety_flag.help_requested";
  const alertProps = emailTemplates.safety_flag.props.parse({ coupleId: scope.coupleId });
  const result = await db.execute<{ id: string; raised_at: string; duplicate: boolean }>(sql`
    with raised as (
      insert into safety_flags (practice_id, couple_id, partner_id, source, idempotency_key)
      values (${scope.practiceId}, ${scope.coupleId}, ${scope.partnerId}, 'help_button', ${idempotencyKey})
      on conflict (partner_id, idempotency_key, practice_id) do nothing
      returning id, raised_at
    ),
    touched as (
      update couples set last_activity_at = now()
      where id = ${scope.coupleId} and practice_id = ${scope.practiceId} and exists (select 1 from raised)
    ),
    audited as (
      insert into audit_events (practice_id, action, subject_type, subject_id, couple_id, details)
      select ${scope.practiceId}, ${action}, 'safety_flag', raised.id::text, ${scope.coupleId},
        ${JSON.stringify({ partnerId: scope.partnerId })}::jsonb
      from raised
    ),
    alerted as (${queueSafetyAlerts({
      practiceId: scope.practiceId,
      coupleId: scope.coupleId,
      props: alertProps,
      subjectType: "safety_flag",
      fromCte: sql.raw("raised"),
      subjectIdColumn: sql.raw("raised.id::text"),
    })}
    )
    select id, raised_at, false as duplicate from raised
  `);
  const row = result.rows[0];
  if (row) return { id: row.id, raisedAt: new Date(row.raised_at), duplicate: false };
  // Pressed before (a retry), or a concurrent twin committed after this statement's snapshot.
  const [earlier] = await db
    .select({ id: safetyFlags.id, raisedAt: safetyFlags.raisedAt })
    .from(safetyFlags)
    .where(
      and(
        eq(safetyFlags.partnerId, scope.partnerId),
        eq(safetyFlags.idempotencyKey, idempotencyKey),
      ),
    );
  if (!earlier) throw new Error("idempotent safety flag vanished");
  return { ...earlier, duplicate: true };
}
