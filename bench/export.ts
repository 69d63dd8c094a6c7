/**
 * The practice export at scale: a practice of 3,000 couples and 1,000,000 entries (with
 * assignments, sessions, safety flags and audit events beside them). Times the worker's export
 * function and samples its peak memory, against `COPY (…) TO STDOUT` of the very same queries
 * written to a file: the bare cost of reading those rows out of PostgreSQL.
 *   npm run bench:export
 *   npm run bench:export -- --couples=300 --entries=100000   (or BENCH_COUPLES / BENCH_ENTRIES)
 */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type pg from "pg";
import { createDatabase } from "../src/server/db/client";
import { benchDatabase } from "./lib";
import { seedBenchPractice } from "./timeline-seed";

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg?.split("=")[1] ?? process.env[`BENCH_${name.toUpperCase()}`];
  return value ? Number(value) : fallback;
}
const COUPLES = option("couples", 3000);
const ENTRIES = option("entries", 1_000_000);

const { url, stop } = await benchDatabase();
process.env.DATABASE_URL = url;
const { runPracticeExport } = await import("../src/server/exports/run-export");
const { exportQuery, exportTables } = await import("../src/server/exports/export-tables");
const { practiceExports } = await import("../src/server/db/schema");
const { db, close } = createDatabase(url, { max: 4 });
const dir = mkdtempSync(path.join(tmpdir(), "attune-bench-export-"));
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const started = performance.now();
console.log(`Seeding ${COUPLES} couples and ${ENTRIES.toLocaleString("en")} entries…`);
const { practiceId, therapist } = await seedBenchPractice(db, COUPLES, ENTRIES);
await db.execute(sql`
  insert into assignments (practice_id, couple_id, kind, title, partner_positions, cadence, assigned_by_user_id)
  select practice_id, id, 'micro_hurt', 'Micro-hurt log', '{1,2}', 'whenever', therapist_user_id
  from couples where practice_id = ${practiceId}`);
await db.execute(sql`
  insert into session_notes (practice_id, couple_id, session_on, notes, created_by_user_id)
  select practice_id, id, current_date - (g * 7), 'Worked on the pursue-withdraw cycle; a soft start-up, twice.', therapist_user_id
  from couples cross join generate_series(1, 4) g where practice_id = ${practiceId}`);
await db.execute(sql`
  insert into safety_flags (practice_id, couple_id, partner_id, source, idempotency_key)
  select practice_id, couple_id, id, 'help_button', gen_random_uuid()
  from partners where practice_id = ${practiceId} and position = 1 limit ${Math.ceil(COUPLES / 50)}`);
await db.execute(sql`
  insert into audit_events (practice_id, actor_user_id, action, subject_type, subject_id, details)
  select ${practiceId}, ${therapist.id}, 'entry.viewed', 'entry', gen_random_uuid()::text, '{}'::jsonb
  from generate_series(1, ${Math.round(ENTRIES / 5)})`);
await db.execute(sql`analyze`);
console.log(`…done in ${seconds(performance.now() - started)}.\n`);

/** The peak RSS and heap while `fn` runs, sampled every 10 ms. */
async function sampled<T>(fn: () => Promise<T>) {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 10);
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  clearInterval(timer);
  return { result, ms, rss, heap, rssGrowth: rss - before.rss, heapGrowth: heap - before.heapUsed };
}

/** `COPY (query) TO STDOUT`, the bytes written to `file`: what node-postgres does for pg-copy-streams. */
function copyOut(client: pg.PoolClient, text: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file, { flags: "a" });
    let bytes = 0;
    let error: unknown;
    const submittable = {
      submit: (connection: { query: (text: string) => void }) => connection.query(text),
      handleCopyData: (message: { chunk: Buffer }) => {
        bytes += message.chunk.length;
        out.write(message.chunk);
      },
      handleCommandComplete: () => undefined,
      handleError: (e: unknown) => (error = e),
      handleReadyForQuery: () =>
        out.end(() =>
          error
            ? reject(error instanceof Error ? error : new Error("copy failed"))
            : resolve(bytes),
        ),
    };
    void client.query(submittable as unknown as pg.Submittable);
  });
}

async function copyAll() {
  const client = await db.$client.connect();
  const file = path.join(dir, `copy-${Date.now()}.csv`);
  try {
    let bytes = 0;
    for (const table of exportTables) {
      bytes += await copyOut(
        client,
        `copy (${exportQuery(table, practiceId)}) to stdout with (format csv, header)`,
        file,
      );
    }
    return bytes;
  } finally {
    client.release();
    rmSync(file, { force: true });
  }
}

async function exportOnce() {
  const [row] = await db
    .insert(practiceExports)
    .values({ practiceId, requestedByUserId: therapist.id })
    .returning();
  const outcome = await runPracticeExport(db, row!.id, { dir });
  const [done] = await db
    .select()
    .from(practiceExports)
    .where(sql`id = ${row!.id}`);
  if (outcome !== "built" || !done) throw new Error(`export ended ${outcome}`);
  rmSync(done.filePath!, { force: true });
  return done;
}

// COPY before and after the export: each side gets a warm cache, the faster COPY is the baseline.
const copy = await sampled(copyAll);
const exported = await sampled(exportOnce);
const copyAgain = await sampled(copyAll);
const baseline = copy.ms <= copyAgain.ms ? copy : copyAgain;

console.log(
  `rows exported: ${exported.result.rowsDone.toLocaleString("en")} in ${exportTables.length} files`,
);
console.log(
  `COPY … TO STDOUT (csv file)   ${seconds(baseline.ms).padStart(8)}  ${mb(baseline.result).padStart(8)} written  peak RSS ${mb(baseline.rss)} (+${mb(baseline.rssGrowth)})  peak heap ${mb(baseline.heap)} (+${mb(baseline.heapGrowth)})`,
);
console.log(
  `worker export (zip of CSV)    ${seconds(exported.ms).padStart(8)}  ${mb(exported.result.bytes ?? 0).padStart(8)} written  peak RSS ${mb(exported.rss)} (+${mb(exported.rssGrowth)})  peak heap ${mb(exported.heap)} (+${mb(exported.heapGrowth)})`,
);
console.log(
  `\nexport / COPY: ${(exported.ms / baseline.ms).toFixed(2)}× time, ${(exported.rss / baseline.rss).toFixed(2)}× peak RSS, ${(exported.heap / baseline.heap).toFixed(2)}× peak heap; rows/s ${Math.round(exported.result.rowsDone / (exported.ms / 1000)).toLocaleString("en")}`,
);
console.log(`COPY runs: ${seconds(copy.ms)} and ${seconds(copyAgain.ms)}`);

await close();
rmSync(dir, { recursive: true, force: true });
await stop();
