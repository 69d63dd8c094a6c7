import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { rateLimits } from "~/server/db/schema";

/**
 * Count one attempt against `key` in a fixed window and say whether it is within `limit`.
 * Kept in PostgreSQL so every web instance shares the count.
 */
export async function takeRateLimit(
  db: Executor,
  args: { key: string; limit: number; windowSeconds: number; now?: Date },
): Promise<boolean> {
  const now = args.now ?? new Date();
  const windowMs = args.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key: args.key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= args.limit;
}
