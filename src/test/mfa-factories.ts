import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { generate } from "otplib";
import type { Database } from "~/server/db/client";
import { staffSessions } from "~/server/db/schema";
import { confirmEnrolment, startEnrolment } from "~/server/mfa/enrolment";
import type { SessionUser } from "~/server/trpc/context";

/** The code an authenticator app would show for this secret at `at`. */
export function codeAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** A sign-in session row for the user, as the email link makes one; returns its token. */
export async function signInSession(db: Database, userId: string): Promise<string> {
  const sessionToken = randomBytes(24).toString("hex");
  await db
    .insert(staffSessions)
    .values({ sessionToken, userId, expires: new Date(Date.now() + 3_600_000) });
  return sessionToken;
}

export async function sessionRow(db: Database, sessionToken: string) {
  const [row] = await db
    .select()
    .from(staffSessions)
    .where(eq(staffSessions.sessionToken, sessionToken));
  return row;
}

/** Enrol the user's authenticator in a session of their own; the secret and recovery codes. */
export async function enrolAuthenticator(db: Database, user: SessionUser) {
  const sessionToken = await signInSession(db, user.id);
  const { secret } = await startEnrolment(db, user);
  const { recoveryCodes } = await confirmEnrolment(
    db,
    { ...user, sessionToken },
    { code: await codeAt(secret, new Date()) },
  );
  return { secret, recoveryCodes, enrolSession: sessionToken };
}

/** A moment one time step later than now, so a fresh code is not the one used to enrol. */
export function nextStep(steps = 1): Date {
  return new Date(Date.now() + steps * 30_000);
}
