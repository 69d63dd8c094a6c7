import { and, eq } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { PartnerScope } from "~/server/client-session/partner-scope";
import type { Database, Transaction } from "~/server/db/client";
import { assignments, couples, entries, memberships, users } from "~/server/db/schema";
import { enqueueEmail } from "~/server/email/outbox";
import { DomainError } from "~/server/errors";
import { getKind } from "~/homework/registry";
import type { SubmitEntryInput } from "~/validation/entries";

async function checkAssignment(tx: Transaction, scope: PartnerScope, input: SubmitEntryInput) {
  if (!input.assignmentId) return;
  const [assignment] = await tx
    .select({ kind: assignments.kind, positions: assignments.partnerPositions })
    .from(assignments)
    .where(and(eq(assignments.id, input.assignmentId), eq(assignments.coupleId, scope.coupleId)));
  if (!assignment || !assignment.positions.includes(scope.position)) {
    throw new DomainError("NOT_FOUND", "That homework was not found.");
  }
  if (assignment.kind !== input.kind) {
    throw new DomainError("BAD_REQUEST", "This answer does not match its homework.");
  }
}

/** A link to an earlier entry (a repair script's micro-hurt) must point at one of the author's own. */
async function checkEntryRefs(tx: Transaction, scope: PartnerScope, input: SubmitEntryInput) {
  const refs = getKind(input.kind)
    .sections.flatMap((s) => s.fields)
    .filter((f) => f.type === "entryRef");
  for (const field of refs) {
    const id = input.payload[field.name];
    if (typeof id !== "string") continue;
    const [own] = await tx
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

/** Tell the treating therapist at once, by email with no content: only that they should look. */
async function raiseSafetyFlag(tx: Transaction, scope: PartnerScope, entryId: string) {
  const [therapist] = await tx
    .select({ email: users.email })
    .from(couples)
    .innerJoin(
      memberships,
      and(
        eq(memberships.practiceId, couples.practiceId),
        eq(memberships.userId, couples.therapistUserId),
      ),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(couples.id, scope.coupleId));
  if (therapist) {
    await enqueueEmail(tx, {
      practiceId: scope.practiceId,
      to: therapist.email,
      template: "safety_flag",
      props: { coupleId: scope.coupleId },
      subjectType: "entry",
      subjectId: entryId,
    });
  }
  await recordAudit(tx, {
    practiceId: scope.practiceId,
    actorUserId: null,
    action: "safety.flagged",
    subjectType: "entry",
    subjectId: entryId,
    coupleId: scope.coupleId,
    details: { partnerId: scope.partnerId },
  });
}

/**
 * Save a partner's answers. Idempotent on the device's key: a retried or double-tapped submit
 * returns the entry the first one made, and nothing happens twice.
 */
export async function submitEntry(db: Database, scope: PartnerScope, input: SubmitEntryInput) {
  return db.transaction(async (tx) => {
    const now = new Date();
    const [created] = await tx
      .insert(entries)
      .values({
        practiceId: scope.practiceId,
        coupleId: scope.coupleId,
        partnerId: scope.partnerId,
        assignmentId: input.assignmentId ?? null,
        kind: input.kind,
        schemaVersion: input.schemaVersion,
        payload: input.payload,
        occurredAt: input.occurredAt ?? now,
        visibility: input.share ? "shared" : "private",
        sharedAt: input.share ? now : null,
        safetyFlag: input.safetyFlag,
        idempotencyKey: input.idempotencyKey,
      })
      .onConflictDoNothing({ target: [entries.partnerId, entries.idempotencyKey] })
      .returning({ id: entries.id, createdAt: entries.createdAt });
    if (!created) {
      const [existing] = await tx
        .select({ id: entries.id, createdAt: entries.createdAt })
        .from(entries)
        .where(
          and(
            eq(entries.partnerId, scope.partnerId),
            eq(entries.idempotencyKey, input.idempotencyKey),
          ),
        );
      if (!existing) throw new Error("idempotent entry vanished");
      return { ...existing, duplicate: true };
    }
    // Checked after the insert so a retry of an accepted entry never fails on a changed assignment.
    await checkAssignment(tx, scope, input);
    await checkEntryRefs(tx, scope, input);
    await tx
      .update(couples)
      .set({ lastActivityAt: now })
      .where(and(eq(couples.id, scope.coupleId), eq(couples.practiceId, scope.practiceId)));
    await recordAudit(tx, {
      practiceId: scope.practiceId,
      actorUserId: null,
      action: "entry.submitted",
      subjectType: "entry",
      subjectId: created.id,
      coupleId: scope.coupleId,
      details: { partnerId: scope.partnerId, kind: input.kind, shared: input.share },
    });
    if (input.safetyFlag) await raiseSafetyFlag(tx, scope, created.id);
    return { ...created, duplicate: false };
  });
}
