import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";
import { and, eq, inArray } from "drizzle-orm";
import { env } from "~/env";
import type { Database } from "~/server/db/client";
import { practiceExports, users } from "~/server/db/schema";
import { enqueueEmail } from "~/server/email/outbox";
import { logSafeError } from "~/server/log-safe-error";
import { EXPORT_DAYS } from "./export-retention";
import { exportTables } from "./export-tables";
import { writePracticeExport, type ExportProgress } from "./write-export";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Progress is written at most this often: the page polls it, the export should not wait on it. */
const PROGRESS_EVERY_MS = 500;

export type ExportRunOutcome = "built" | "finished already" | "busy" | "missing";

export interface RunExportOptions {
  /** where zips go; EXPORT_DIR by default */
  dir?: string;
  now?: () => Date;
  /** a replica (DATABASE_REPLICA_URL) to read the practice's rows from once it has caught up */
  reads?: Database;
  /** how long to wait for the replica to catch up before reading the primary; default 10 s */
  replicaWaitMs?: number;
  log?: (line: string) => void;
}

const REPLICA_POLL_MS = 200;

/**
 * Where the export's rows are read: the replica once it has replayed everything the primary had
 * written when the export was claimed (so the owner's last changes before asking are in it), or
 * the primary if it has not within the wait. A server that is not a standby is read as it is.
 */
async function connectionForRows(
  db: Database,
  options: RunExportOptions,
): Promise<{ client: pg.PoolClient; replica: boolean } | null> {
  const reads = options.reads;
  if (!reads || reads === db) return null;
  const { rows } = await db.$client.query<{ lsn: string }>(
    "select pg_current_wal_lsn()::text as lsn",
  );
  const lsn = rows[0]?.lsn;
  let client: pg.PoolClient;
  try {
    client = await reads.$client.connect();
  } catch (error) {
    options.log?.(
      `the replica cannot be reached (${logSafeError(error)}): this export reads the primary`,
    );
    return null;
  }
  try {
    const until = Date.now() + (options.replicaWaitMs ?? 10_000);
    for (;;) {
      const { rows: state } = await client.query<{ caught_up: boolean | null }>(
        `select case when pg_is_in_recovery() then pg_last_wal_replay_lsn() >= $1::pg_lsn
           else true end as caught_up`,
        [lsn],
      );
      if (state[0]?.caught_up) return { client, replica: true };
      if (Date.now() >= until) break;
      await sleep(REPLICA_POLL_MS);
    }
  } catch (error) {
    client.release(true);
    options.log?.(`the replica failed (${logSafeError(error)}): this export reads the primary`);
    return null;
  }
  client.release();
  options.log?.("the replica had not caught up: this export reads the primary");
  return null;
}

/** The folder exports are written to, absolute. */
function exportDirectory(dir = env.EXPORT_DIR): string {
  return path.resolve(dir);
}

/**
 * The worker's job: build one requested export. Safe to run again for the same export (a
 * retried or duplicated job): a session-level advisory lock lets one run at a time, a finished
 * export is left alone, and a "running" export whose lock nobody holds is one whose worker died,
 * so it is built again from the start (the zip is written aside and renamed only when complete).
 */
export async function runPracticeExport(
  db: Database,
  exportId: string,
  options: RunExportOptions = {},
): Promise<ExportRunOutcome> {
  const now = options.now ?? (() => new Date());
  const client = await db.$client.connect();
  let broken = false;
  try {
    const lock = await client.query<{ ok: boolean }>(
      "select pg_try_advisory_lock(hashtext('practice-export'), hashtext($1)) as ok",
      [exportId],
    );
    if (!lock.rows[0]?.ok) return "busy";
    try {
      const [claimed] = await db
        .update(practiceExports)
        .set({ status: "running", tablesDone: 0, tablesTotal: exportTables.length, rowsDone: 0 })
        .where(
          and(
            eq(practiceExports.id, exportId),
            inArray(practiceExports.status, ["queued", "running"]),
          ),
        )
        .returning();
      if (!claimed) {
        const [row] = await db
          .select({ id: practiceExports.id })
          .from(practiceExports)
          .where(eq(practiceExports.id, exportId));
        return row ? "finished already" : "missing";
      }
      const filePath = path.join(
        exportDirectory(options.dir),
        claimed.practiceId,
        `${exportId}.zip`,
      );
      let lastWrite = 0;
      let lastTables = -1;
      const fromReplica = await connectionForRows(db, options);
      let replicaBroken = true;
      let written: Awaited<ReturnType<typeof writePracticeExport>>;
      try {
        written = await writePracticeExport(fromReplica?.client ?? client, {
          practiceId: claimed.practiceId,
          filePath,
          now: now(),
          onProgress: async (progress: ExportProgress) => {
            const at = Date.now();
            if (at - lastWrite < PROGRESS_EVERY_MS && progress.tablesDone === lastTables) return;
            lastWrite = at;
            lastTables = progress.tablesDone;
            await db
              .update(practiceExports)
              .set(progress)
              .where(and(eq(practiceExports.id, exportId), eq(practiceExports.status, "running")));
          },
        });
        replicaBroken = false;
      } finally {
        fromReplica?.client.release(replicaBroken);
      }
      await markReady(db, claimed, { filePath, bytes: written.bytes, rows: written.rows }, now());
      return "built";
    } finally {
      await client
        .query("select pg_advisory_unlock(hashtext('practice-export'), hashtext($1))", [exportId])
        .catch(() => {
          broken = true;
        });
    }
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // A connection in an unknown state (or still holding the lock) is closed, not pooled.
    client.release(broken);
  }
}

/** Ready, with its expiry, and the "it is ready" email to whoever asked, in one transaction. */
async function markReady(
  db: Database,
  claimed: typeof practiceExports.$inferSelect,
  file: { filePath: string; bytes: number; rows: number },
  now: Date,
) {
  await db.transaction(async (tx) => {
    const [ready] = await tx
      .update(practiceExports)
      .set({
        status: "ready",
        filePath: file.filePath,
        bytes: file.bytes,
        tablesDone: exportTables.length,
        rowsDone: file.rows,
        finishedAt: now,
        expiresAt: new Date(now.getTime() + EXPORT_DAYS * DAY_MS),
      })
      .where(and(eq(practiceExports.id, claimed.id), eq(practiceExports.status, "running")))
      .returning({ id: practiceExports.id });
    if (!ready) return;
    const [owner] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, claimed.requestedByUserId));
    if (!owner) return;
    await enqueueEmail(tx, {
      practiceId: claimed.practiceId,
      to: owner.email,
      template: "practice_export_ready",
      props: { exportId: claimed.id },
      subjectType: "practice_export",
      subjectId: claimed.id,
    });
  });
}

/** After the job's last attempt failed: the page says so and offers to ask again. */
export async function markExportFailed(db: Database, exportId: string): Promise<void> {
  await db
    .update(practiceExports)
    .set({ status: "failed", finishedAt: new Date() })
    .where(
      and(eq(practiceExports.id, exportId), inArray(practiceExports.status, ["queued", "running"])),
    );
}
