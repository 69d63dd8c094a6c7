import "server-only";
import PgBoss from "pg-boss";
import { usesDevMailbox } from "~/env";
import { createDatabase, type Database } from "~/server/db/client";
import type { EmailTransport } from "~/server/email/transport";
import { pruneExpired } from "~/server/housekeeping/prune";
import { removeExpiredExports } from "~/server/exports/expire";
import { enqueueDueReminders } from "~/server/reminders/send-reminders";
import { startOutboxPump } from "./outbox-pump";
import { logSafeError } from "~/server/log-safe-error";
import { startExportWork } from "./export-work";
import { assignDueWeeks } from "~/server/programmes/assign-weeks";

export const REMINDER_QUEUE = "reminders-scan";
const REMINDER_CRON = "*/15 * * * *";
/** Programme weeks begin at the couple's local midnight: looked for every 15 minutes. */
const PROGRAMME_QUEUE = "programme-weeks-scan";
const PROGRAMME_CRON = "7,22,37,52 * * * *";
const PRUNE_QUEUE = "prune-expired";
const PRUNE_CRON = "17 * * * *";

export interface WorkerOptions {
  databaseUrl: string;
  log?: (line: string) => void;
  /** how often to look for due email; default 1 s */
  pollIntervalMs?: number;
  /** for tests; otherwise Resend or the local mailbox, as for every email */
  transport?: EmailTransport;
  /** where practice exports are written; EXPORT_DIR by default */
  exportDir?: string;
  /** build practice exports (default true); off for tests that build their own */
  practiceExports?: boolean;
  /** DATABASE_REPLICA_URL: practice exports read their rows from it once it has caught up */
  replicaUrl?: string;
}

/**
 * Email delivery and the reminder schedule. pg-boss runs the schedule: its cron fires once per
 * tick however many workers run, and a scan that dies is retried by the next tick.
 */
export async function startWorker(options: WorkerOptions): Promise<{ stop: () => Promise<void> }> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const { db, close } = createDatabase(options.databaseUrl, { max: 3 });
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: 3,
    application_name: "attune-worker",
  });
  boss.on("error", (error) => log(`pg-boss: ${logSafeError(error)}`));
  const replica = options.replicaUrl ? createDatabase(options.replicaUrl, { max: 2 }) : null;
  try {
    await startSchedules(boss, db, replica?.db, options, log);
  } catch (error) {
    // Nothing is left open when the start fails (the database went away part-way, say), so the
    // caller may simply try again without the last try's workers still running.
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await close().catch(() => undefined);
    await replica?.close().catch(() => undefined);
    throw error;
  }
  const pump = startOutboxPump(db, {
    intervalMs: options.pollIntervalMs ?? 1000,
    transport: options.transport,
    log,
  });
  log(
    `sending email ${usesDevMailbox() ? "to the local mailbox" : "through Resend"}; reminders and programme weeks every 15 minutes`,
  );

  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        await pump.stop();
        await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
        await close();
        await replica?.close();
      })();
      return stopped;
    },
  };
}

/** pg-boss started, with every queue, schedule and worker this process runs. */
async function startSchedules(
  boss: PgBoss,
  db: Database,
  replica: Database | undefined,
  options: WorkerOptions,
  log: (line: string) => void,
) {
  await boss.start();
  await boss.createQueue(REMINDER_QUEUE, {
    name: REMINDER_QUEUE,
    retryLimit: 0,
    expireInSeconds: 10 * 60,
  });
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON);
  await boss.work(REMINDER_QUEUE, async () => {
    try {
      const { queued } = await enqueueDueReminders(db);
      if (queued > 0) log(`queued ${queued} reminder${queued === 1 ? "" : "s"}`);
    } catch (error) {
      // pg-boss records the failed job quietly; say so where someone is looking.
      log(`reminder scan failed: ${logSafeError(error)}`);
      throw error;
    }
  });

  await boss.createQueue(PROGRAMME_QUEUE, {
    name: PROGRAMME_QUEUE,
    retryLimit: 0,
    expireInSeconds: 10 * 60,
  });
  await boss.schedule(PROGRAMME_QUEUE, PROGRAMME_CRON);
  await boss.work(PROGRAMME_QUEUE, async () => {
    try {
      const { assigned, finished } = await assignDueWeeks(db);
      if (assigned + finished > 0) log(`programmes: ${assigned} weeks began, ${finished} finished`);
    } catch (error) {
      log(`programme scan failed: ${logSafeError(error)}`);
      throw error;
    }
  });

  await boss.createQueue(PRUNE_QUEUE, { name: PRUNE_QUEUE, retryLimit: 0 });
  await boss.schedule(PRUNE_QUEUE, PRUNE_CRON);
  await boss.work(PRUNE_QUEUE, async () => {
    try {
      const pruned = await pruneExpired(db);
      const exports = await removeExpiredExports(db);
      log(
        `pruned ${pruned.rateLimits} rate-limit windows, ${pruned.partnerSessions} partner sessions, ${pruned.links} links, ${exports} expired exports`,
      );
    } catch (error) {
      log(`pruning failed: ${logSafeError(error)}`);
      throw error;
    }
  });

  if (options.practiceExports !== false) {
    await startExportWork(boss, db, { log, dir: options.exportDir, reads: replica });
  }
}
