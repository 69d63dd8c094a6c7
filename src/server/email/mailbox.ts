import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { devMailbox } from "~/server/db/schema";

/** The newest messages in the local mailbox, optionally for one address. */
export async function readMailbox(db: Executor, to?: string) {
  return db
    .select()
    .from(devMailbox)
    .where(to ? eq(devMailbox.to, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(devMailbox.createdAt))
    .limit(50);
}
