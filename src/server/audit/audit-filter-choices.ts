import { asc, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { couples } from "~/server/db/schema";
import { listMembers } from "~/server/members/members";
import type { PracticeScope } from "~/server/practices/scope";

/** What the audit log's "who" and "couple" filters offer: the practice's members and couples. */
export async function auditFilterChoices(db: Executor, scope: PracticeScope) {
  const [members, coupleRows] = await Promise.all([
    listMembers(db, scope),
    db
      .select({ id: couples.id, label: couples.label, status: couples.status })
      .from(couples)
      .where(eq(couples.practiceId, scope.practiceId))
      .orderBy(asc(couples.label), asc(couples.id)),
  ]);
  return {
    members: members.map((m) => ({ userId: m.userId, name: m.name ?? m.email })),
    couples: coupleRows,
  };
}
