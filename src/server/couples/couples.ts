import { and, asc, eq, inArray } from "drizzle-orm";
import { recordAudit, recordAuditForEach } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { revokeLinks } from "~/server/partner-links/revoke-links";
import { couples, memberships, partners, users } from "~/server/db/schema";
import type { CoupleStatus } from "~/domain/couple";
import { DomainError, notFound } from "~/server/errors";
import { isManager, type PracticeScope } from "~/server/practices/scope";
import type { CoupleDetailsInput, CreateCoupleInput } from "~/validation/couples";
import { visibleCouples } from "./visibility";
import { followCoupleStatus } from "~/server/programmes/programme-controls";
import { cancelPendingLinkEmails } from "~/server/partner-links/manage-links";

async function assertTherapistInPractice(db: Executor, practiceId: string, userId: string) {
  const [member] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.practiceId, practiceId), eq(memberships.userId, userId)));
  if (!member) {
    throw new DomainError("NOT_FOUND", "Choose a therapist from this practice.", "therapistUserId");
  }
}

export async function createCouple(db: Database, scope: PracticeScope, input: CreateCoupleInput) {
  if (!isManager(scope) && input.therapistUserId !== scope.userId) {
    throw new DomainError(
      "FORBIDDEN",
      "Therapists add couples to their own caseload.",
      "therapistUserId",
    );
  }
  return db.transaction(async (tx) => {
    await assertTherapistInPractice(tx, scope.practiceId, input.therapistUserId);
    const [couple] = await tx
      .insert(couples)
      .values({
        practiceId: scope.practiceId,
        label: input.label,
        timeZone: input.timeZone,
        therapistUserId: input.therapistUserId,
      })
      .returning();
    if (!couple) throw new Error("insert returned no couple");
    await tx.insert(partners).values(
      input.partners.map((p, index) => ({
        practiceId: scope.practiceId,
        coupleId: couple.id,
        position: index + 1,
        displayName: p.displayName,
        email: p.email,
        timeZone: input.timeZone,
      })),
    );
    await recordAudit(
      tx,
      scope,
      "couple.created",
      { type: "couple", id: couple.id, coupleId: couple.id },
      { therapistUserId: input.therapistUserId },
    );
    return couple;
  });
}

export async function getCouple(db: Executor, scope: PracticeScope, coupleId: string) {
  const [row] = await db
    .select({ couple: couples, therapistName: users.name, therapistEmail: users.email })
    .from(couples)
    .innerJoin(users, eq(users.id, couples.therapistUserId))
    .where(and(eq(couples.id, coupleId), visibleCouples(scope)));
  if (!row) throw notFound("That couple");
  const couplePartners = await db
    .select()
    .from(partners)
    .where(and(eq(partners.coupleId, coupleId), eq(partners.practiceId, scope.practiceId)))
    .orderBy(asc(partners.position));
  return {
    ...row.couple,
    therapist: {
      userId: row.couple.therapistUserId,
      name: row.therapistName,
      email: row.therapistEmail,
    },
    partners: couplePartners,
  };
}

/** Lock a visible couple for a change, or answer NOT_FOUND. */
async function lockVisibleCouple(tx: Executor, scope: PracticeScope, coupleId: string) {
  const [couple] = await tx
    .select()
    .from(couples)
    .where(and(eq(couples.id, coupleId), visibleCouples(scope)))
    // Not FOR UPDATE: rows that reference the couple (a programme week's homework being inserted
    // under the run's lock) take a key-share lock on it, and the key never changes here.
    .for("no key update");
  if (!couple) throw notFound("That couple");
  return couple;
}

export async function updateCoupleDetails(
  db: Database,
  scope: PracticeScope,
  args: CoupleDetailsInput & { coupleId: string },
) {
  await db.transaction(async (tx) => {
    const before = await lockVisibleCouple(tx, scope, args.coupleId);
    const beforePartners = await tx
      .select()
      .from(partners)
      .where(eq(partners.coupleId, before.id))
      .orderBy(asc(partners.position));
    const changed: string[] = [];
    if (before.label !== args.label) changed.push("label");
    if (before.timeZone !== args.timeZone) changed.push("timeZone");
    await tx
      .update(couples)
      .set({ label: args.label, timeZone: args.timeZone, updatedAt: new Date() })
      .where(and(eq(couples.id, before.id), eq(couples.practiceId, scope.practiceId)));
    const readdressed: string[] = [];
    for (const [index, next] of args.partners.entries()) {
      const prev = beforePartners[index];
      if (!prev) continue;
      if (prev.displayName !== next.displayName) changed.push(`partner${index + 1}.displayName`);
      if (prev.email !== next.email) {
        changed.push(`partner${index + 1}.email`);
        readdressed.push(prev.id);
      }
      await tx
        .update(partners)
        .set({ displayName: next.displayName, email: next.email, timeZone: args.timeZone })
        .where(and(eq(partners.id, prev.id), eq(partners.practiceId, scope.practiceId)));
    }
    // Links went to the old address, which may no longer be the partner's own.
    const revoked = await revokeLinks(tx, scope.practiceId, { partnerIds: readdressed });
    await recordAudit(
      tx,
      scope,
      "couple.updated",
      { type: "couple", id: before.id, coupleId: before.id },
      {
        changed,
        ...(readdressed.length > 0
          ? { linksRevoked: revoked.links, partnerSessionsEnded: revoked.sessions }
          : {}),
      },
    );
  });
}

async function dischargeLinks(tx: Executor, practiceId: string, coupleId: string) {
  const partnerIds = (
    await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.coupleId, coupleId), eq(partners.practiceId, practiceId)))
  ).map((p) => p.id);
  await cancelPendingLinkEmails(tx, practiceId, partnerIds);
  return revokeLinks(tx, practiceId, { partnerIds });
}

export async function setCoupleStatus(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string; status: CoupleStatus },
) {
  await db.transaction(async (tx) => {
    const before = await lockVisibleCouple(tx, scope, args.coupleId);
    if (before.status === args.status) return;
    await tx
      .update(couples)
      .set({ status: args.status, updatedAt: new Date() })
      .where(and(eq(couples.id, before.id), eq(couples.practiceId, scope.practiceId)));
    // Discharge ends the partners' links and sessions for good (re-activating revives none), and
    // the emails still waiting that would carry one.
    const revoked =
      args.status === "discharged" ? await dischargeLinks(tx, scope.practiceId, before.id) : null;
    await followCoupleStatus(tx, scope, { coupleId: before.id, status: args.status });
    await recordAudit(
      tx,
      scope,
      "couple.status_changed",
      { type: "couple", id: before.id, coupleId: before.id },
      {
        from: before.status,
        to: args.status,
        ...(revoked ? { linksRevoked: revoked.links, partnerSessionsEnded: revoked.sessions } : {}),
      },
    );
  });
}

/** Move one or many couples to another therapist: all of them, or none if any is not found. */
export async function reassignCouples(
  db: Database,
  scope: PracticeScope,
  args: { coupleIds: string[]; therapistUserId: string },
) {
  const ids = [...new Set(args.coupleIds)];
  return db.transaction(async (tx) => {
    await assertTherapistInPractice(tx, scope.practiceId, args.therapistUserId);
    const found = await tx
      .select({ id: couples.id, therapistUserId: couples.therapistUserId })
      .from(couples)
      .where(and(inArray(couples.id, ids), visibleCouples(scope)))
      .for("update");
    if (found.length !== ids.length) {
      throw notFound(ids.length === 1 ? "That couple" : "One of those couples");
    }
    const moving = found.filter((c) => c.therapistUserId !== args.therapistUserId);
    if (moving.length === 0) return { reassigned: 0 };
    await tx
      .update(couples)
      .set({ therapistUserId: args.therapistUserId, updatedAt: new Date() })
      .where(
        and(
          inArray(
            couples.id,
            moving.map((c) => c.id),
          ),
          eq(couples.practiceId, scope.practiceId),
        ),
      );
    await recordAuditForEach(
      tx,
      scope,
      "couple.reassigned",
      moving.map((c) => ({
        subject: { type: "couple", id: c.id, coupleId: c.id },
        details: { from: c.therapistUserId, to: args.therapistUserId },
      })),
    );
    return { reassigned: moving.length };
  });
}
