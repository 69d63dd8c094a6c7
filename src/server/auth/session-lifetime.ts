import type { Adapter } from "next-auth/adapters";
import { eq } from "drizzle-orm";
import type { Database } from "~/server/db/client";
import { staffSessions } from "~/server/db/schema";

/** However active, a staff session ends this long after sign-in (besides the idle timeout). */
export const STAFF_SESSION_MAX_HOURS = 12;

/** Wrap the Drizzle adapter so a session older than the absolute lifetime is ended on its next use. */
export function withAbsoluteSessionLifetime(db: Database, adapter: Adapter): Adapter {
  const getSessionAndUser = adapter.getSessionAndUser?.bind(adapter);
  return {
    ...adapter,
    async getSessionAndUser(sessionToken) {
      const [row] = await db
        .select({ createdAt: staffSessions.createdAt })
        .from(staffSessions)
        .where(eq(staffSessions.sessionToken, sessionToken));
      if (row && Date.now() - row.createdAt.getTime() > STAFF_SESSION_MAX_HOURS * 3_600_000) {
        await db.delete(staffSessions).where(eq(staffSessions.sessionToken, sessionToken));
        return null;
      }
      return getSessionAndUser ? getSessionAndUser(sessionToken) : null;
    },
  };
}
