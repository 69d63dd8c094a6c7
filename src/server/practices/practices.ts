import { asc, eq } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { memberships, practiceBilling, practices } from "~/server/db/schema";
import { defaultTrialEnd } from "~/domain/billing";
import type { Role } from "~/domain/practice";
import type { DateStyle } from "~/dates";

export async function createPractice(
  db: Database,
  args: { userId: string; name: string; timeZone: string },
) {
  return db.transaction(async (tx) => {
    const [practice] = await tx
      .insert(practices)
      .values({ name: args.name, timeZone: args.timeZone })
      .returning();
    if (!practice) throw new Error("insert returned no practice");
    await tx
      .insert(memberships)
      .values({ practiceId: practice.id, userId: args.userId, role: "owner" });
    // Every new practice starts a free trial, no card needed.
    await tx
      .insert(practiceBilling)
      .values({ practiceId: practice.id, trialEndsAt: defaultTrialEnd(practice.createdAt) });
    await recordAudit(tx, { practiceId: practice.id, userId: args.userId }, "practice.created", {
      type: "practice",
      id: practice.id,
    });
    return practice;
  });
}

export interface PracticeSummary {
  id: string;
  name: string;
  timeZone: string;
  dateStyle: DateStyle;
  role: Role;
}

/** The practices a user belongs to, for the switcher. */
export async function practicesForUser(db: Executor, userId: string): Promise<PracticeSummary[]> {
  return db
    .select({
      id: practices.id,
      name: practices.name,
      timeZone: practices.timeZone,
      dateStyle: practices.dateStyle,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(practices, eq(practices.id, memberships.practiceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(practices.name));
}
