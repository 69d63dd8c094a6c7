import { and, asc, count, eq } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { couples, memberships, users } from "~/server/db/schema";
import type { Role } from "~/domain/practice";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import { releaseSeat } from "~/server/billing/subscription";
import { clearSafetyBackup, isDemotion, revokeWhatMemberIssued } from "./offboard";

export interface MemberRow {
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  joinedAt: Date;
  /** away on these calendar days, inclusive (safety alerts then also go to the backup) */
  awayFrom: string | null;
  awayUntil: string | null;
}

export async function listMembers(db: Executor, scope: PracticeScope): Promise<MemberRow[]> {
  return db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      awayFrom: memberships.awayFrom,
      awayUntil: memberships.awayUntil,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.practiceId, scope.practiceId))
    .orderBy(asc(users.email));
}

/** Lock the practice's memberships so two concurrent changes cannot both remove the last owner. */
async function lockMemberships(tx: Executor, practiceId: string) {
  return tx
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.practiceId, practiceId))
    .for("update");
}

function assertMayManage(scope: PracticeScope, targetRole: Role, newRole?: Role) {
  const touchesOwner = targetRole === "owner" || newRole === "owner";
  if (touchesOwner && scope.role !== "owner") {
    throw new DomainError("FORBIDDEN", "Only an owner can change or remove an owner.");
  }
}

export async function changeMemberRole(
  db: Database,
  scope: PracticeScope,
  args: { userId: string; role: Role },
) {
  return db.transaction(async (tx) => {
    const all = await lockMemberships(tx, scope.practiceId);
    const target = all.find((m) => m.userId === args.userId);
    if (!target) throw notFound("That member");
    assertMayManage(scope, target.role, args.role);
    if (target.role === args.role) return;
    const owners = all.filter((m) => m.role === "owner").length;
    if (target.role === "owner" && owners === 1) {
      throw new DomainError(
        "CONFLICT",
        "A practice needs at least one owner. Make someone else an owner first.",
        "role",
      );
    }
    await tx
      .update(memberships)
      .set({ role: args.role })
      .where(
        and(eq(memberships.practiceId, scope.practiceId), eq(memberships.userId, args.userId)),
      );
    const revoked = isDemotion(target.role, args.role)
      ? await revokeWhatMemberIssued(tx, scope.practiceId, args.userId)
      : {};
    await recordAudit(
      tx,
      scope,
      "member.role_changed",
      { type: "membership", id: args.userId },
      { from: target.role, to: args.role, ...revoked },
    );
  });
}

export async function removeMember(db: Database, scope: PracticeScope, args: { userId: string }) {
  await db.transaction(async (tx) => {
    const all = await lockMemberships(tx, scope.practiceId);
    const target = all.find((m) => m.userId === args.userId);
    if (!target) throw notFound("That member");
    assertMayManage(scope, target.role);
    if (target.role === "owner" && all.filter((m) => m.role === "owner").length === 1) {
      throw new DomainError(
        "CONFLICT",
        "The last owner cannot be removed. Make someone else an owner first.",
      );
    }
    const [treating] = await tx
      .select({ n: count() })
      .from(couples)
      .where(
        and(eq(couples.practiceId, scope.practiceId), eq(couples.therapistUserId, args.userId)),
      );
    if (treating && treating.n > 0) {
      throw new DomainError(
        "CONFLICT",
        `This member treats ${treating.n} ${treating.n === 1 ? "couple" : "couples"}. Reassign them first.`,
      );
    }
    await tx
      .delete(memberships)
      .where(
        and(eq(memberships.practiceId, scope.practiceId), eq(memberships.userId, args.userId)),
      );
    const revoked = await revokeWhatMemberIssued(tx, scope.practiceId, args.userId);
    const safetyBackupCleared = await clearSafetyBackup(tx, scope.practiceId, args.userId);
    await recordAudit(
      tx,
      scope,
      "member.removed",
      { type: "membership", id: args.userId },
      { role: target.role, ...revoked, ...(safetyBackupCleared ? { safetyBackupCleared } : {}) },
    );
  });
  // The seat stays paid to the end of the period, then Stripe bills one fewer.
  await releaseSeat(db, scope);
}
