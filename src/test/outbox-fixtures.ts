import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Database, Executor } from "~/server/db/client";
import {
  assignments,
  couples,
  emailOutbox,
  entries,
  partners,
  users,
  type Assignment,
} from "~/server/db/schema";
import type { CoupleStatus } from "~/domain/couple";
import { createPractice } from "~/server/practices/practices";

const tag = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * A practice of its own with one couple whose two partners both have an email address: built
 * from rows, not procedures, so email and reminder tests stand on the schema alone.
 */
export async function seedCoupleForEmail(
  db: Database,
  options: { timeZone?: string; coupleStatus?: CoupleStatus } = {},
) {
  const timeZone = options.timeZone ?? "Europe/London";
  const [therapist] = await db
    .insert(users)
    .values({ name: tag("Therapist"), email: `${tag("therapist")}@example.test` })
    .returning();
  if (!therapist) throw new Error("no user");
  const practice = await createPractice(db, {
    userId: therapist.id,
    name: tag("Practice"),
    timeZone,
  });
  const [couple] = await db
    .insert(couples)
    .values({
      practiceId: practice.id,
      label: tag("Couple label"),
      therapistUserId: therapist.id,
      timeZone,
      status: options.coupleStatus ?? "active",
    })
    .returning();
  if (!couple) throw new Error("no couple");
  await db.insert(partners).values(
    [1, 2].map((position) => ({
      practiceId: practice.id,
      coupleId: couple.id,
      position,
      displayName: tag(`Partner${position}`),
      email: `${tag(`partner${position}`)}@example.test`,
      timeZone,
    })),
  );
  const [one, two] = await db
    .select()
    .from(partners)
    .where(eq(partners.coupleId, couple.id))
    .orderBy(asc(partners.position));
  return {
    practiceId: practice.id,
    practiceName: practice.name,
    therapist,
    couple,
    partners: [one!, two!] as const,
  };
}

type Seeded = Awaited<ReturnType<typeof seedCoupleForEmail>>;

export async function insertAssignment(
  db: Database,
  seeded: Seeded,
  values: Partial<typeof assignments.$inferInsert> & Pick<Assignment, "cadence">,
): Promise<Assignment> {
  const [row] = await db
    .insert(assignments)
    .values({
      practiceId: seeded.practiceId,
      coupleId: seeded.couple.id,
      kind: "micro_hurt",
      title: tag("Assignment title"),
      partnerPositions: [1, 2],
      assignedByUserId: seeded.therapist.id,
      ...values,
    })
    .returning();
  if (!row) throw new Error("no assignment");
  return row;
}

export async function insertEntry(
  db: Database,
  seeded: Seeded,
  values: { partnerId: string; assignmentId: string; createdAt: Date; payload?: object },
) {
  await db.insert(entries).values({
    practiceId: seeded.practiceId,
    coupleId: seeded.couple.id,
    partnerId: values.partnerId,
    assignmentId: values.assignmentId,
    kind: "micro_hurt",
    schemaVersion: 1,
    payload: { ...(values.payload ?? {}) },
    occurredAt: values.createdAt,
    createdAt: values.createdAt,
    idempotencyKey: randomUUID(),
  });
}

export async function outboxOf(db: Executor, practiceId: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.practiceId, practiceId))
    .orderBy(asc(emailOutbox.createdAt));
}
