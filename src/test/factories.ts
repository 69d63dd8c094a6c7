import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "~/server/db/client";
import { devMailbox, memberships, users, type Role } from "~/server/db/schema";
import { createPractice } from "~/server/practices/practices";
import { createCaller } from "~/server/trpc/root";
import type { SessionUser } from "~/server/trpc/context";

/** A unique, recognisable value so parallel tests never collide. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createUser(db: Database, name = unique("user")): Promise<SessionUser> {
  const email = `${name.toLowerCase()}@example.test`;
  const [user] = await db.insert(users).values({ name, email }).returning();
  if (!user) throw new Error("no user");
  return { id: user.id, email: user.email, name: user.name };
}

export function callerFor(db: Database, user: SessionUser | null) {
  return createCaller({ db, user });
}

export async function addMember(db: Database, practiceId: string, role: Role, name?: string) {
  const user = await createUser(db, name ?? unique(role));
  await db.insert(memberships).values({ practiceId, userId: user.id, role });
  return { user, api: callerFor(db, user) };
}

/** A practice of its own with an owner, an admin and two therapists, each with a caller. */
export async function seedPractice(db: Database) {
  const ownerUser = await createUser(db, unique("owner"));
  const practice = await createPractice(db, {
    userId: ownerUser.id,
    name: unique("Practice"),
    timeZone: "Europe/London",
  });
  const owner = { user: ownerUser, api: callerFor(db, ownerUser) };
  const admin = await addMember(db, practice.id, "admin");
  const therapist = await addMember(db, practice.id, "therapist");
  const otherTherapist = await addMember(db, practice.id, "therapist");
  return { practice, practiceId: practice.id, owner, admin, therapist, otherTherapist };
}

export function coupleInput(therapistUserId: string, label = unique("Alex & Sam")) {
  return {
    label,
    timeZone: "Europe/London",
    therapistUserId,
    partners: [
      { displayName: "Alex", email: `${unique("alex")}@example.test` },
      { displayName: "Sam", email: null },
    ] as [{ displayName: string; email: string | null }, { displayName: string; email: string | null }],
  };
}

export async function mailTo(db: Database, to: string) {
  return db.select().from(devMailbox).where(eq(devMailbox.to, to));
}
