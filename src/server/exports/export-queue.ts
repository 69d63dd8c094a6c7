import PgBoss from "pg-boss";
import type { Database } from "~/server/db/client";
import { logSafeError } from "~/server/log-safe-error";

/** The worker's queue of practice exports; one job per export (`stately`: one waiting, one running). */
export const EXPORT_QUEUE = "practice-export";

// Only `send` is used here, on the caller's own pool: this instance is never started, so the web
// process runs no pg-boss maintenance of its own.
let sender: PgBoss | undefined;

/**
 * Ask the worker to build an export. Sent after the request commits; if it cannot be sent (no
 * worker has created the queue yet), the worker's sweep finds the export still queued within a
 * minute. Returns whether the job was sent.
 */
export async function sendExportJob(db: Database, exportId: string): Promise<boolean> {
  const executor = {
    executeSql: async (text: string, values: unknown[]) => db.$client.query(text, values),
  };
  sender ??= new PgBoss({ db: executor });
  try {
    await sender.send(EXPORT_QUEUE, { exportId }, { singletonKey: exportId, db: executor });
    return true;
  } catch (error) {
    console.error(
      `[exports] job not sent, the worker's sweep will find it: ${logSafeError(error)}`,
    );
    return false;
  }
}
