import { and, count, desc, eq, inArray, max } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { findVisibleCouple, visibleCouples } from "~/server/couples/visibility";
import type { Database, Executor } from "~/server/db/client";
import { assignments, couples, entries, partners } from "~/server/db/schema";
import type { AssignmentStatus } from "~/domain/homework";
import { queueHomeworkEmail } from "~/server/email/outbox";
import { notFound } from "~/server/errors";
import { assertPracticeInGoodStanding } from "~/server/billing/billing-state";
import type { PracticeScope } from "~/server/practices/scope";
import { latestTemplate, wordingFor } from "~/server/homework-templates/homework-templates";
import type { AssignHomeworkInput } from "~/validation/homework";
import { expectedWithin } from "~/timeline/completion";
import { localDateOf } from "~/timeline/weeks";
import { takePracticeEmailAllowance } from "~/server/rate-limit/email-allowance";

/** Give a couple homework; each assigned partner with an address gets an email with their link. */
export async function assignHomework(
  db: Database,
  scope: PracticeScope,
  input: AssignHomeworkInput,
) {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, input.coupleId);
    // Unpaid past the grace period: no new homework (what is assigned carries on for partners).
    await assertPracticeInGoodStanding(tx, scope.practiceId);
    const template = input.templateFamilyId
      ? await latestTemplate(tx, scope, input.templateFamilyId)
      : null;
    const kind = template ? template.kind : input.kind;
    const wording = await wordingFor(tx, scope.practiceId, template?.id ?? null, kind);
    const [assignment] = await tx
      .insert(assignments)
      .values({
        practiceId: scope.practiceId,
        coupleId: couple.id,
        kind,
        templateId: template?.id ?? null,
        title: wording.title,
        partnerPositions: [...new Set(input.partnerPositions)].sort(),
        cadence: input.cadence,
        dueOn: input.dueOn ?? null,
        untilOn: input.untilOn ?? null,
        note: input.note || null,
        assignedByUserId: scope.userId,
      })
      .returning();
    if (!assignment) throw new Error("insert returned no assignment");
    const recipients = await tx
      .select({ id: partners.id, email: partners.email, paused: partners.linksPausedAt })
      .from(partners)
      .where(
        and(
          eq(partners.coupleId, couple.id),
          inArray(partners.position, assignment.partnerPositions),
        ),
      );
    for (const partner of recipients) {
      // Links paused by a therapist: no email would carry one until links are turned back on.
      if (!partner.email || partner.paused) continue;
      const { queued } = await queueHomeworkEmail(tx, {
        practiceId: scope.practiceId,
        to: partner.email,
        partnerId: partner.id,
      });
      // Only a new email counts against the practice's daily allowance.
      if (queued) {
        await takePracticeEmailAllowance(tx, {
          practiceId: scope.practiceId,
          to: partner.email,
          kind: "homework",
        });
      }
    }
    await recordAudit(
      tx,
      scope,
      "assignment.created",
      { type: "assignment", id: assignment.id, coupleId: couple.id },
      { kind, cadence: input.cadence, partners: assignment.partnerPositions },
    );
    return assignment;
  });
}

export async function setAssignmentStatus(
  db: Database,
  scope: PracticeScope,
  args: { assignmentId: string; status: AssignmentStatus },
) {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: assignments.id, status: assignments.status, coupleId: assignments.coupleId })
      .from(assignments)
      .innerJoin(couples, eq(couples.id, assignments.coupleId))
      .where(and(eq(assignments.id, args.assignmentId), visibleCouples(scope)))
      .for("update", { of: assignments });
    if (!current) throw notFound("That homework");
    if (current.status === args.status) return;
    // Paused or stopped homework set going again is new homework for the partners.
    if (args.status === "active") await assertPracticeInGoodStanding(tx, scope.practiceId);
    await tx
      .update(assignments)
      .set({ status: args.status, updatedAt: new Date() })
      .where(and(eq(assignments.id, current.id), eq(assignments.practiceId, scope.practiceId)));
    await recordAudit(
      tx,
      scope,
      "assignment.status_changed",
      { type: "assignment", id: current.id, coupleId: current.coupleId },
      { from: current.status, to: args.status },
    );
  });
}

/** A couple's homework, newest first, with how far each assigned partner has got. */
export async function coupleAssignments(
  db: Executor,
  scope: PracticeScope,
  args: { coupleId: string },
) {
  const couple = await findVisibleCouple(db, scope, args.coupleId);
  const rows = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.coupleId, couple.id), eq(assignments.practiceId, scope.practiceId)))
    .orderBy(desc(assignments.createdAt));
  const done = await db
    .select({
      assignmentId: entries.assignmentId,
      position: partners.position,
      entries: count(),
      lastAt: max(entries.occurredAt),
    })
    .from(entries)
    .innerJoin(partners, eq(partners.id, entries.partnerId))
    .where(and(eq(entries.coupleId, couple.id), eq(entries.practiceId, scope.practiceId)))
    .groupBy(entries.assignmentId, partners.position);
  const now = new Date();
  const today = localDateOf(now, couple.timeZone);
  // The same count of what a cadence asks as the timeline's, from the day it was given until today;
  // a paused or cancelled assignment still shows what it had asked.
  const asked = (a: (typeof rows)[number]) =>
    expectedWithin(
      { ...a, status: "active" },
      { first: localDateOf(a.createdAt, couple.timeZone), last: today },
      couple.timeZone,
      now,
    );
  return rows.map((a) => ({
    ...a,
    progress: a.partnerPositions.map((position) => {
      const mine = done.find((d) => d.assignmentId === a.id && d.position === position);
      return {
        position,
        entries: mine?.entries ?? 0,
        lastAt: mine?.lastAt ?? null,
        expected: asked(a),
      };
    }),
  }));
}
