import { and, eq, sql } from "drizzle-orm";
import { getKind } from "~/homework/registry";
import type { AuditAction } from "~/server/audit/audit-actions";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { Database, Executor } from "~/server/db/client";
import { assignments, entries } from "~/server/db/schema";
import { emailTemplates } from "~/server/email/email-templates";
import { DomainError } from "~/server/errors";
import { queueSafetyAlerts } from "~/server/safety/alert-recipients";
import { localDateOf } from "~/timeline/weeks";
import { withCheckedCoupleItems } from "~/server/couple-items/couple-items";
import type { SubmitEntryInput } from "~/validation/entries";

/** The homework answered must be this couple's, given to this partner, of this kind. */
async function checkAssignment(db: Executor, scope: PartnerScope, input: SubmitEntryInput) {
  if (!input.assignmentId) return;
  const [assignment] = await db
    .select({
      kind: assignments.kind,
      positions: assignments.partnerPositions,
      status: assignments.status,
      untilOn: assignments.untilOn,
    })
    .from(assignments)
    .where(and(eq(assignments.id, input.assignmentId), eq(assignments.coupleId, scope.coupleId)));
  if (!assignment || !assignment.positions.includes(scope.position)) {
    throw new DomainError("NOT_FOUND", "That homework was not found.");
  }
  if (assignment.kind !== input.kind) {
    throw new DomainError("BAD_REQUEST", "This answer does not match its homework.");
  }
  // A partner who says they do not feel safe is always heard, whatever became of the homework.
  if (input.safetyFlag) return;
  const ended =
    assignment.untilOn !== null && localDateOf(new Date(), scope.timeZone) > assignment.untilOn;
  if (assignment.status !== "active" || ended) {
    throw new DomainError(
      "CONFLICT",
      `This homework is ${assignment.status === "paused" ? "paused" : "closed"} for now, so it cannot take new answers. What you wrote stays on this phone; your therapist can tell you more.`,
    );
  }
}

/** A link to an earlier entry (a repair script's micro-hurt) must point at one of the author's own. */
async function checkEntryRefs(db: Executor, scope: PartnerScope, input: SubmitEntryInput) {
  const refs = getKind(input.kind)
    .sections.flatMap((s) => s.fields)
    .filter((f) => f.type === "entryRef");
  for (const field of refs) {
    const id = input.payload[field.name];
    if (typeof id !== "string") continue;
    const [own] = await db
      .select({ id: entries.id })
      .from(entries)
      .where(
        and(
          eq(entries.id, id),
          eq(entries.partnerId, scope.partnerId),
          eq(entries.kind, field.kind),
        ),
      );
    if (!own) {
      throw new DomainError(
        "BAD_REQUEST",
        "Choose one of your own entries, or none.",
        `payload.${field.name}`,
      );
    }
  }
}

/**
 * The payload as stored: the couple's rituals and small wins it names checked to be theirs (with
 * their stored labels), and a ritual tick without a day given the partner's today.
 */
async function completedPayload(
  db: Executor,
  scope: PartnerScope,
  input: SubmitEntryInput,
  now: Date,
): Promise<Record<string, unknown>> {
  const itemFields = getKind(input.kind)
    .sections.flatMap((s) => s.fields)
    .flatMap((f) => (f.type === "coupleItem" ? [{ name: f.name, itemType: f.itemType }] : []));
  const payload = await withCheckedCoupleItems(db, scope, itemFields, input.payload);
  if (input.kind !== "ritual_tracker") return payload;
  const today = localDateOf(now, scope.timeZone);
  const day = typeof payload.day === "string" ? payload.day : today;
  if (day > today) {
    throw new DomainError("BAD_REQUEST", "That day hasn't come yet.", "payload.day");
  }
  return { ...payload, day };
}

interface SavedEntry {
  id: string;
  createdAt: Date;
  duplicate: boolean;
}

/**
 * Save a partner's answers. Idempotent on the device's key: a retried or double-tapped submit
 * returns the entry the first one made, and nothing happens twice.
 *
 * This is the hottest write in the product (every phone, every form), so the entry, the couple's
 * last activity, the audit events and, when the partner says they do not feel safe, the safety
 * flag and its alert (outbox, no content) are one statement: atomic without a transaction's
 * extra round trips. Each effect happens only if the entry is new.
 */
export async function submitEntry(
  db: Database,
  scope: PartnerScope,
  input: SubmitEntryInput,
): Promise<SavedEntry> {
  // An entry that says "I don't feel safe" is private for ever, whatever else was ticked; so is a
  // kind that is never shared (the CSI-4), whose form does not offer the box.
  const kind = getKind(input.kind);
  // Not said by the form: the kind's default (small wins are shared), except where sharing
  // cannot be chosen (a link shown on a staff screen), which keeps the entry private.
  const wanted = input.share ?? (kind.defaultVisibility === "shared" && !scope.shownOnScreen);
  const share = wanted && !input.safetyFlag && !kind.neverShared;
  if (share && scope.shownOnScreen) {
    throw new DomainError(
      "BAD_REQUEST",
      "Sharing can only be chosen from the link emailed to you. Untick sharing to save.",
      "share",
    );
  }
  await checkAssignment(db, scope, input);
  await checkEntryRefs(db, scope, input);
  const now = new Date();
  const payload = await completedPayload(db, scope, input, now);
  // One statement for speed (see above), so the events bypass recordAudit: keep them in the list.
  const actions: AuditAction[] = input.safetyFlag
    ? ["entry.submitted", "entry.safety_flagged"]
    : ["entry.submitted"];
  const details = {
    partnerId: scope.partnerId,
    kind: input.kind,
    shared: share,
    ...(input.quick ? { quick: true } : {}),
    ...(scope.shownOnScreen ? { shownOnScreen: true } : {}),
  };
  const alertProps = emailTemplates.safety_flag.props.parse({ coupleId: scope.coupleId });
  const result = await db.execute<{ id: string; created_at: string; duplicate: boolean }>(sql`
    with inserted as (
      insert into entries (practice_id, couple_id, partner_id, assignment_id, kind, schema_version,
        payload, occurred_at, visibility, shared_at, safety_flag, quick, idempotency_key)
      values (${scope.practiceId}, ${scope.coupleId}, ${scope.partnerId}, ${input.assignmentId ?? null},
        ${input.kind}, ${input.schemaVersion}, ${JSON.stringify(payload)}::jsonb,
        ${(input.occurredAt ?? now).toISOString()}, ${share ? "shared" : "private"},
        ${share ? now.toISOString() : null}, ${input.safetyFlag}, ${input.quick},
        ${input.idempotencyKey})
      on conflict (partner_id, idempotency_key) do nothing
      returning id, created_at
    ),
    touched as (
      update couples set last_activity_at = ${now.toISOString()}
      where id = ${scope.coupleId} and practice_id = ${scope.practiceId} and exists (select 1 from inserted)
    ),
    audited as (
      insert into audit_events (practice_id, action, subject_type, subject_id, couple_id, details)
      select ${scope.practiceId}, action, 'entry', inserted.id::text, ${scope.coupleId}, ${JSON.stringify(details)}::jsonb
      from inserted, jsonb_array_elements_text(${JSON.stringify(actions)}::jsonb) as action
    ),
    flagged as (
      insert into safety_flags (practice_id, couple_id, partner_id, source, entry_id)
      select ${scope.practiceId}, ${scope.coupleId}, ${scope.partnerId}, 'entry', inserted.id
      from inserted where ${input.safetyFlag}
      returning entry_id
    ),
    alerted as (${queueSafetyAlerts({
      practiceId: scope.practiceId,
      coupleId: scope.coupleId,
      props: alertProps,
      subjectType: "entry",
      fromCte: sql.raw("flagged"),
      subjectIdColumn: sql.raw("flagged.entry_id::text"),
    })}
    )
    select id, created_at, false as duplicate from inserted
    union all
    select id, created_at, true from entries
    where partner_id = ${scope.partnerId} and idempotency_key = ${input.idempotencyKey}
      and not exists (select 1 from inserted)
  `);
  const row = result.rows[0];
  if (row) return { id: row.id, createdAt: new Date(row.created_at), duplicate: row.duplicate };
  // A concurrent twin committed after this statement's snapshot: read what it stored.
  const [twin] = await db
    .select({ id: entries.id, createdAt: entries.createdAt })
    .from(entries)
    .where(
      and(eq(entries.partnerId, scope.partnerId), eq(entries.idempotencyKey, input.idempotencyKey)),
    );
  if (!twin) throw new Error("idempotent entry vanished");
  return { ...twin, duplicate: true };
}
