/**
 * The session-prep PDF in fresh processes, as a web process meets it: the first render after the
 * process starts, then warm p50/p95, against a trivial one-page document rendered in the same
 * process as the baseline. Each round starts two fresh processes, alternated: "as before" renders
 * with nothing done at boot; "warmed at boot" first runs what the server's instrumentation hook
 * runs (warmPdfRenderer), as a process does before its first request. One couple with two years
 * of daily entries from both partners; the PDF covers "since last session".
 *   npm run bench:pdf   (BENCH_ROUNDS, BENCH_RUNS to change the work)
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { projectRoot } from "../scripts/lib/local-database";
import { createDatabase } from "../src/server/db/client";
import { benchDatabase, measure, type Timing } from "./lib";
import {
  seedAssignments,
  seedBenchPractice,
  seedCoupleHistory,
  seedSessions,
} from "./timeline-seed";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const MODES = ["as before", "warmed at boot"] as const;
type Mode = (typeof MODES)[number];

interface ProcessResult {
  mode: Mode;
  /** what the process did at boot, before its first render (the warm-up, or nothing) */
  bootMs: number;
  /** the couple's data for the first PDF, read from the database */
  firstLoadMs: number;
  firstRenderMs: number;
  firstTrivialMs: number;
  render: Timing;
  trivial: Timing;
  /** load + render + audit, as the route does */
  exportTiming: Timing;
}

async function child(mode: Mode, target: { practiceId: string; coupleId: string; userId: string }) {
  const { warmPdfRenderer } = await import("../src/server/prep/warm-pdf");
  const { exportSessionPrep } = await import("../src/server/prep/export-prep");
  const { loadSessionPrep } = await import("../src/server/prep/session-prep");
  const { renderSessionPrep, renderTrivialPdf } = await import("../src/server/prep/render-prep");
  const { db, close } = createDatabase(process.env.DATABASE_URL!, { max: 2 });
  await db.execute(sql`select 1`);
  let started = performance.now();
  if (mode === "warmed at boot") await warmPdfRenderer();
  const bootMs = performance.now() - started;
  const scope = {
    practiceId: target.practiceId,
    userId: target.userId,
    role: "therapist" as const,
  };
  const range = "since_last_session" as const;
  started = performance.now();
  const prep = await loadSessionPrep(db, scope, { coupleId: target.coupleId, range }, new Date());
  const firstLoadMs = performance.now() - started;
  started = performance.now();
  await renderSessionPrep(prep);
  const firstRenderMs = performance.now() - started;
  started = performance.now();
  await renderTrivialPdf();
  const firstTrivialMs = performance.now() - started;
  const warmup = Math.min(5, Math.ceil(RUNS / 4));
  const render = await measure(() => renderSessionPrep(prep), RUNS, warmup);
  const trivial = await measure(() => renderTrivialPdf(), RUNS, warmup);
  const query = { from: undefined, to: undefined };
  const exportTiming = await measure(
    () => exportSessionPrep(db, scope, { coupleId: target.coupleId, query }),
    RUNS,
    warmup,
  );
  await close();
  const result: ProcessResult = {
    mode,
    bootMs,
    firstLoadMs,
    firstRenderMs,
    firstTrivialMs,
    render,
    trivial,
    exportTiming,
  };
  console.log(JSON.stringify(result));
}

function freshProcess(mode: Mode, url: string, target: object): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/pdf-prof" to profile each process
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    const args = [...nodeArgs, "--import", "tsx", "--import", "./scripts/lib/register.mjs"];
    const proc = spawn(process.execPath, [...args, "bench/pdf.ts"], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        BENCH_PDF_CHILD: JSON.stringify({ mode, target }),
        NODE_ENV: "production",
      },
    });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) reject(new Error(`the ${mode} process exited ${code}`));
      else resolve(JSON.parse(line) as ProcessResult);
    });
  });
}

const ms = (n: number) => `${n.toFixed(0).padStart(4)} ms`;

async function parent() {
  const { url, stop } = await benchDatabase();
  process.env.DATABASE_URL = url;
  const { db, close } = createDatabase(url, { max: 4 });
  try {
    console.log("Seeding one couple with two years of daily entries…");
    const { practiceId, therapist, target } = await seedBenchPractice(db, 50, 10_000);
    const couple = { practiceId, coupleId: target.id, therapistId: therapist.id, days: 730 };
    const given = await seedAssignments(db, couple);
    await seedCoupleHistory(db, { ...couple, given, perDay: 1, seed: 7 });
    await seedSessions(db, couple);
    await db.execute(sql`analyze`);
    const who = { practiceId, coupleId: target.id, userId: therapist.id };
    const results: ProcessResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of round % 2 === 0 ? MODES : [...MODES].reverse()) {
        const r = await freshProcess(mode, url, who);
        results.push(r);
        console.log(
          `${mode.padEnd(15)} boot ${ms(r.bootMs)}  first load ${ms(r.firstLoadMs)}  first render ${ms(r.firstRenderMs)}` +
            `  warm render p50 ${ms(r.render.p50)} p95 ${ms(r.render.p95)}` +
            `  export p50 ${ms(r.exportTiming.p50)} p95 ${ms(r.exportTiming.p95)}` +
            `  trivial first ${ms(r.firstTrivialMs)} p50 ${ms(r.trivial.p50)} p95 ${ms(r.trivial.p95)}`,
        );
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`\nMedians over ${ROUNDS} fresh processes each (${RUNS} warm runs per process):`);
    for (const mode of MODES) {
      const of = results.filter((r) => r.mode === mode);
      const m = (pick: (r: ProcessResult) => number) => median(of.map(pick));
      const trivial = m((r) => r.trivial.p50);
      console.log(
        `${mode.padEnd(15)} first render ${ms(m((r) => r.firstRenderMs))} (${(m((r) => r.firstRenderMs) / trivial).toFixed(1)}× a warm trivial PDF)` +
          `  warm render p50 ${ms(m((r) => r.render.p50))} p95 ${ms(m((r) => r.render.p95))}` +
          ` (p50 ${(m((r) => r.render.p50) / trivial).toFixed(1)}× the trivial PDF's ${trivial.toFixed(1)} ms)` +
          `  load+render+audit p95 ${ms(m((r) => r.exportTiming.p95))}  boot work ${ms(m((r) => r.bootMs))}`,
      );
    }
  } finally {
    await close();
    await stop();
  }
}

const childArgs = process.env.BENCH_PDF_CHILD;
if (childArgs) {
  const { mode, target } = JSON.parse(childArgs) as {
    mode: Mode;
    target: { practiceId: string; coupleId: string; userId: string };
  };
  await child(mode, target);
} else {
  await parent();
}
