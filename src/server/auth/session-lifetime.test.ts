import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { accounts, staffSessions, users, verificationTokens } from "~/server/db/schema";
import { generateToken } from "~/server/tokens";
import { testDatabase } from "~/test/db";
import { createUser } from "~/test/factories";
import { STAFF_SESSION_MAX_HOURS, withAbsoluteSessionLifetime } from "./session-lifetime";

const db = testDatabase();
const adapter = withAbsoluteSessionLifetime(
  db,
  DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: staffSessions,
    verificationTokensTable: verificationTokens,
  }),
);

async function sessionSignedInHoursAgo(hours: number) {
  const user = await createUser(db);
  const sessionToken = generateToken();
  await db.insert(staffSessions).values({
    sessionToken,
    userId: user.id,
    expires: new Date(Date.now() + 30 * 60_000),
    createdAt: new Date(Date.now() - hours * 3_600_000),
  });
  return sessionToken;
}

test("an active staff session still ends once it is older than the absolute lifetime", async () => {
  const old = await sessionSignedInHoursAgo(STAFF_SESSION_MAX_HOURS + 0.1);
  expect(await adapter.getSessionAndUser!(old)).toBeNull();
  expect(await db.select().from(staffSessions).where(eq(staffSessions.sessionToken, old))).toEqual(
    [],
  );

  const recent = await sessionSignedInHoursAgo(STAFF_SESSION_MAX_HOURS - 1);
  expect(await adapter.getSessionAndUser!(recent)).toMatchObject({
    session: { sessionToken: recent },
  });
});
