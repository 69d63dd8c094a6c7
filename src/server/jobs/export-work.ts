import "server-only";
import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Database } from "~/server/db/client";
import { practiceExports } from "~/server/db/schema";
import { EXPORT_QUEUE, sendExportJob } from "~/server/exports/export-queue";
import { markExportFailed, runPracticeExport } from "~/server/exports/run-export";
import { logSafeError } from "~/server/log-safe-error";

const RETRIES = 2;
const SWEEP_QUEUE = "practice-export-sweep";

/**
 * Practice exports: one job per export, retried twice (a retry rebuilds from the start), and
 * an hour before pg-boss counts a silent job as dead and retries it. At start, exports still
 * queued are sent again, in case their job was sent before this queue existed.
 */
export async function startExportWork(
  boss: PgBoss,
  db: Database,
  options: { log: (line: string) => void; dir?: string; reads?: Database },
): Promise<void> {
  await boss.createQueue(EXPORT_QUEUE, {
    name: EXPORT_QUEUE,
    policy: "stately",
    retryLimit: RETRIES,
    retryDelay: 30,
    expireInSeconds: 60 * 60,
  });
  await boss.work<{ exportId: string }>(EXPORT_QUEUE, { includeMetadata: true }, async ([job]) => {
    if (!job) return;
    try {
      const outcome = await runPracticeExport(db, job.data.exportId, {
        dir: options.dir,
        reads: options.reads,
        log: options.log,
      });
      if (outcome === "busy") throw new Error("another worker is building this export");
      if (outcome === "built") options.log("built a practice export");
    } catch (error) {
      options.log(`practice export failed: ${logSafeError(error)}`);
      if (job.retryCount >= job.retryLimit) await markExportFailed(db, job.data.exportId);
      throw error;
    }
  });
  await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, retryLimit: 0 });
  await boss.schedule(SWEEP_QUEUE, "* * * * *");
  await boss.work(SWEEP_QUEUE, () => sendQueuedExports(db));
  await sendQueuedExports(db);
}

/** Exports still waiting for a job: sent again (a job already waiting for one is not doubled). */
async function sendQueuedExports(db: Database): Promise<void> {
  const waiting = await db
    .select({ id: practiceExports.id })
    .from(practiceExports)
    .where(eq(practiceExports.status, "queued"));
  for (const row of waiting) await sendExportJob(db, row.id);
}
