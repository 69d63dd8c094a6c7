import { randomUUID } from "node:crypto";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { and, asc, desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Database } from "~/server/db/client";
import {
  auditEvents,
  couples,
  devMailbox,
  invitations,
  memberships,
  partners,
  users,
} from "~/server/db/schema";
import type { Role } from "~/domain/practice";
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
    ] as [
      { displayName: string; email: string | null },
      { displayName: string; email: string | null },
    ],
  };
}

export async function mailTo(db: Database, to: string) {
  return db.select().from(devMailbox).where(eq(devMailbox.to, to));
}

type Practice = Awaited<ReturnType<typeof seedPractice>>;

/** Create a couple through the API as the practice owner; returns its id. */
export async function seedCouple(
  p: Practice,
  therapistUserId: string,
  overrides: Partial<ReturnType<typeof coupleInput>> = {},
) {
  const { id } = await p.owner.api.couples.create({
    practiceId: p.practiceId,
    ...coupleInput(therapistUserId),
    ...overrides,
  });
  return id;
}

/** A couple's row and its partners' rows, to prove a refused call changed nothing. */
export async function coupleSnapshot(db: Database, coupleId: string) {
  const [couple] = await db.select().from(couples).where(eq(couples.id, coupleId));
  const rows = await db
    .select()
    .from(partners)
    .where(eq(partners.coupleId, coupleId))
    .orderBy(asc(partners.position));
  return { couple, partners: rows };
}

export async function membershipRow(db: Database, practiceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.practiceId, practiceId), eq(memberships.userId, userId)));
  return row;
}

export async function invitationRow(db: Database, invitationId: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, invitationId));
  return row;
}

/** A practice's audit trail, oldest first. */
export async function auditTrail(db: Database, practiceId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.practiceId, practiceId))
    .orderBy(asc(auditEvents.id));
}

/** The token in an invitation email's /invitations/<token> link. */
export function invitationTokenIn(text: string): string {
  const match = /\/invitations\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no invitation link in: ${text}`);
  return match[1];
}

/** Invite `email` as the owner and return the invitation id and the token from the newest email. */
export async function inviteByEmail(
  db: Database,
  p: Practice,
  email: string,
  role: "admin" | "therapist" = "therapist",
) {
  const invitation = await p.owner.api.invitations.invite({
    practiceId: p.practiceId,
    email,
    role,
  });
  return { ...invitation, token: await latestInvitationToken(db, email) };
}

export async function latestInvitationToken(db: Database, email: string): Promise<string> {
  // Newest first by the database's microsecond timestamps.
  const [newest] = await db
    .select()
    .from(devMailbox)
    .where(eq(devMailbox.to, email))
    .orderBy(desc(devMailbox.createdAt))
    .limit(1);
  if (!newest) throw new Error(`no email to ${email}`);
  return invitationTokenIn(newest.text);
}

/** A signed-in caller for a new user with exactly this email address (e.g. the invited one). */
export async function userWithEmail(db: Database, email: string) {
  const [user] = await db
    .insert(users)
    .values({ name: unique("invitee"), email })
    .returning();
  if (!user) throw new Error("no user");
  const sessionUser: SessionUser = { id: user.id, email: user.email, name: user.name };
  return { user: sessionUser, api: callerFor(db, sessionUser) };
}

/** Await a call that must fail with this tRPC code; returns the error for further checks. */
export async function rejectsWith(
  call: Promise<unknown>,
  code: TRPC_ERROR_CODE_KEY,
): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect(error).toMatchObject({ code });
  return error as TRPCError;
}
