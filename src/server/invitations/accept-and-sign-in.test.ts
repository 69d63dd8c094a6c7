import { and, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { invitations, memberships, staffSessions, users } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { testDatabase } from "~/test/db";
import { inviteByEmail, seedPractice, unique } from "~/test/factories";
import { acceptAndSignIn } from "./accept-and-sign-in";

const db = testDatabase();

test("the emailed invitation signs a new person in and makes them a member, once", async () => {
  const p = await seedPractice(db);
  const email = `${unique("newcomer")}@example.test`;
  const { token } = await inviteByEmail(db, p, email, "therapist");

  const signedIn = await acceptAndSignIn(db, token);

  expect(signedIn.practiceId).toBe(p.practiceId);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  expect(user?.emailVerified).not.toBeNull();
  const [member] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.practiceId, p.practiceId), eq(memberships.userId, user!.id)));
  expect(member?.role).toBe("therapist");
  const [session] = await db
    .select()
    .from(staffSessions)
    .where(eq(staffSessions.sessionToken, signedIn.sessionToken));
  expect(session?.userId).toBe(user!.id);

  // Spent: the same link cannot sign anyone in again.
  await expect(acceptAndSignIn(db, token)).rejects.toThrow("already been used");
  expect(
    await db.select().from(staffSessions).where(eq(staffSessions.userId, user!.id)),
  ).toHaveLength(1);
});

test("someone who already has an account is signed in as that account", async () => {
  const p = await seedPractice(db);
  const other = await seedPractice(db);
  const { token } = await inviteByEmail(db, other, p.therapist.user.email, "therapist");
  const signedIn = await acceptAndSignIn(db, token);
  const [session] = await db
    .select()
    .from(staffSessions)
    .where(eq(staffSessions.sessionToken, signedIn.sessionToken));
  expect(session?.userId).toBe(p.therapist.user.id);
});

test("an expired, withdrawn or unknown invitation signs no one in", async () => {
  const p = await seedPractice(db);
  const expiredEmail = `${unique("late")}@example.test`;
  const { token: expired } = await inviteByEmail(db, p, expiredEmail, "therapist");
  await db
    .update(invitations)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(invitations.email, expiredEmail));
  await expect(acceptAndSignIn(db, expired)).rejects.toThrow("expired");

  const withdrawnEmail = `${unique("withdrawn")}@example.test`;
  const { token: withdrawn } = await inviteByEmail(db, p, withdrawnEmail, "therapist");
  await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(eq(invitations.email, withdrawnEmail));
  await expect(acceptAndSignIn(db, withdrawn)).rejects.toThrow("withdrawn");

  await expect(acceptAndSignIn(db, "x".repeat(43))).rejects.toBeInstanceOf(DomainError);
  const strays = await db.select().from(users).where(eq(users.email, withdrawnEmail));
  expect(strays).toEqual([]);
});
