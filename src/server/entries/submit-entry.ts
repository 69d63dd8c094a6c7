import { and, eq, sql, type SQL } from "drizzle-orm";
import { getKind } from "~/homework/registry";
import type { AuditAction } from "~/server/audit/audit-actions";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { Database, Executor } from "~/server/db/client";
import { entries } from "~/server/db/schema";
import { emailTemplates } from "~/server/email/email-templates";
import { DomainError } from "~/server/errors";
import { queueSafetyAlerts } from "~/server/safety/alert-recipients";
import { localDateOf } from "~/timeline/weeks";
import { withCheckedCoupleItems } from "~/server/couple-items/couple-items";
import type { SubmitEntryInput } from "~/validation/entries";

/**
 * Why the homework answered cannot take this entry, worked out in the saving statement itself: it
 * must be this couple's, given to this partner, of this kind, and open (active, not past its end
 * in the partner's time zone) unless the partner says they do not feel safe — a partner who says
 * so is always heard, whatever became of the homework. Null: no homework named, or it may.
 */
function homeworkRefusal(scope: PartnerScope, input: SubmitEntryInput, today: string): SQL {
  if (!input.assignmentId) return sql`select null::text as reason`;
  return sql`
    select case
      when a.id is null or not (${scope.position}::int = any(a.partner_positions)) then 'not_found'
      when a.kind <> ${input.kind} then 'wrong_kind'
      when ${input.safetyFlag}::boolean then null
      when a.status = 'paused' then 'paused'
      when a.status <> 'active' or ${today}::date > a.until_on then 'closed'
    end as reason
    from (select 1) one
    left join assignments a on a.id = ${input.assignmentId}::uuid and a.couple_id = ${scope.coupleId}::uuid`;
}

/**
 * When the partner says they do not feel safe: the safety flag and its alert (outbox, no
 * content), as more of the saving statement's steps. Left out of every other submit, whose
 * statement PostgreSQL then plans without them.
 */
function safetyFlagAndAlert(scope: PartnerScope): SQL {
  const alertProps = emailTemplates.safety_flag.props.parse({ coupleId: scope.coupleId });
  return sql`,
    flagged as (
      insert into safety_flags (practice_id, couple_id, partner_id, source, entry_id)
      select ${scope.practiceId}, ${scope.coupleId}, ${scope.partnerId}, 'entry', inserted.id
      from inserted
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
    )`;
}

const refusals = {
  not_found: () => new DomainError("NOT_FOUND", "That homework was not found."),
  wrong_kind: () => new DomainError("BAD_REQUEST", "This answer does not match its homework."),
  paused: () => closedHomework("paused"),
  closed: () => closedHomework("closed"),
};
type Refusal = keyof typeof refusals;

function closedHomework(state: "paused" | "closed") {
  return new DomainError(
    "CONFLICT",
    `This homework is ${state} for now, so it cannot take new answers. What you wrote stays on this phone; your therapist can tell you more.`,
  );
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
 * This is the hottest write in the product (every phone, every form), so the homework check, the
 * entry, the couple's last activity, the audit events and, when the partner says they do not
 * feel safe, the safety flag and its alert (outbox, no content) are one statement: atomic without
 * a transaction's extra round trips. Each effect happens only if the entry is new.
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
  const today = localDateOf(now, scope.timeZone);
  const result = await db.execute<{
    id: string | null;
    created_at: string | null;
    duplicate: boolean | null;
    refused: Refusal | null;
  }>(sql`
    with refusal as (${homeworkRefusal(scope, input, today)}),
    inserted as (
      insert into entries (practice_id, couple_id, partner_id, assignment_id, kind, schema_version,
        payload, occurred_at, visibility, shared_at, safety_flag, quick, idempotency_key)
      select ${scope.practiceId}::uuid, ${scope.coupleId}::uuid, ${scope.partnerId}::uuid,
        ${input.assignmentId ?? null}::uuid, ${input.kind}::text, ${input.schemaVersion}::int,
        ${JSON.stringify(payload)}::jsonb, ${(input.occurredAt ?? now).toISOString()}::timestamptz,
        ${share ? "shared" : "private"}::entry_visibility, ${share ? now.toISOString() : null}::timestamptz,
        ${input.safetyFlag}::boolean, ${input.quick}::boolean, ${input.idempotencyKey}::uuid
      where (select reason from refusal) is null
      on conflict (partner_id, idempotency_key, practice_id) do nothing
      returning id, created_at
    ),
    -- The caseload shows activity by the day: a couple's row is written at most once a minute,
    -- not on every answer (the two partners' submits would queue on its lock).
    touched as (
      update couples set last_activity_at = ${now.toISOString()}
      where id = ${scope.coupleId} and practice_id = ${scope.practiceId} and exists (select 1 from inserted)
        and (last_activity_at is null or last_activity_at < ${now.toISOString()}::timestamptz - interval '1 minute')
    ),
    audited as (
      insert into audit_events (practice_id, action, subject_type, subject_id, couple_id, details)
      select ${scope.practiceId}, action, 'entry', inserted.id::text, ${scope.coupleId}, ${JSON.stringify(details)}::jsonb
      from inserted, jsonb_array_elements_text(${JSON.stringify(actions)}::jsonb) as action
    )
    ${input.safetyFlag ? safetyFlagAndAlert(scope) : sql``}
    select id, created_at, false as duplicate, null as refused from inserted
    union all
    select id, created_at, true, null from entries
    where partner_id = ${scope.partnerId} and idempotency_key = ${input.idempotencyKey}
      and not exists (select 1 from inserted) and (select reason from refusal) is null
    union all
    select null, null, null, reason from refusal where reason is not null
  `);
  const row = result.rows[0];
  if (row?.refused) throw refusals[row.refused]();
  if (row?.id && row.created_at) {
    return { id: row.id, createdAt: new Date(row.created_at), duplicate: row.duplicate === true };
  }
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
