import { rm } from "node:fs/promises";
import { and, eq, isNotNull, lte } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { practiceExports } from "~/server/db/schema";

/**
 * Delete the files of exports past their expiry and mark them expired; the rows stay as the
 * record of what was exported and when. Run by the worker's housekeeping job.
 */
export async function removeExpiredExports(db: Executor, now = new Date()): Promise<number> {
  const expired = await db
    .select({ id: practiceExports.id, filePath: practiceExports.filePath })
    .from(practiceExports)
    .where(
      and(
        eq(practiceExports.status, "ready"),
        isNotNull(practiceExports.expiresAt),
        lte(practiceExports.expiresAt, now),
      ),
    );
  for (const row of expired) {
    if (row.filePath) await rm(row.filePath, { force: true });
    await db
      .update(practiceExports)
      .set({ status: "expired", filePath: null })
      .where(eq(practiceExports.id, row.id));
  }
  return expired.length;
}
