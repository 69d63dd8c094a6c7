/**
 * The couple timeline and the session-prep PDF at practice scale: one couple with two years of
 * daily entries from both partners in a practice of 3,000 couples and 1,000,000 entries. Reports
 * the timeline procedure against the bare SQL that computes the same aggregates (weekly over the
 * charts' window of at least 8 weeks, as the page draws them) and rows, the PDF cold and warm, and how both grow when the couple's data doubles.
 *   npm run bench:timeline
 *   npm run bench:timeline -- --scale=10        (30,000 couples, 10,000,000 entries; not in CI)
 *   npm run bench:timeline -- --grow-to=10      (then grows the table to 10× and measures again)
 *   npm run bench:timeline -- --no-pdf          (the timeline only)
 * Growing adds other practices' couples and entries (as a shared table holds them), so the
 * measured couple's own data stays the same while the table and its indexes grow around it.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createDatabase } from "../src/server/db/client";
import { benchDatabase, benchScale, measure, row, type Timing } from "./lib";
import { aggregateWindowOf, timelineAggregatesSql } from "./timeline-sql";
import {
  seedAssignments,
  seedBenchPractice,
  seedCoupleHistory,
  seedSessions,
} from "./timeline-seed";

const SCALE = benchScale(1);
const COUPLES = Number(process.env.BENCH_COUPLES ?? Math.round(3000 * SCALE));
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? Math.round(1_000_000 * SCALE));
const GROW_TO = Number(process.argv.find((a) => a.startsWith("--grow-to="))?.slice(10) ?? 0);
const PDF = !process.argv.includes("--no-pdf");
const DAYS = 730;
const RANGES = ["since_last_session", "12w", "all"] as const;

const { url, stop } = await benchDatabase();
// The app's modules read DATABASE_URL when first imported, so load them only now.
process.env.DATABASE_URL = url;
const { createCaller } = await import("../src/server/trpc/root");
const { exportSessionPrep } = await import("../src/server/prep/export-prep");
const { loadSessionPrep } = await import("../src/server/prep/session-prep");
const { renderSessionPrep } = await import("../src/server/prep/render-prep");
const { db, close } = createDatabase(url, { max: 4 });

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
let started = performance.now();
console.log(
  `Seeding a practice of ${COUPLES} couples and ${ENTRIES.toLocaleString("en")} entries…`,
);
const { practiceId, therapist, target } = await seedBenchPractice(db, COUPLES, ENTRIES);
const couple = { practiceId, coupleId: target.id, therapistId: therapist.id, days: DAYS };
const given = await seedAssignments(db, couple);
const history = (seed: number) => seedCoupleHistory(db, { ...couple, given, perDay: 1, seed });
let coupleEntries = await history(7);
await seedSessions(db, couple);
await db.execute(sql`analyze`);
console.log(`…done in ${seconds(started)} s; the couple has ${coupleEntries} entries.\n`);
// For the capacity model (README, "Scaling"): what a practice of this size takes on disk.
const [size] = (
  await db.execute<{ entries: number; bytes: string }>(
    sql`select (select count(*) from entries)::int as entries, pg_database_size(current_database())::text as bytes`,
  )
).rows;
if (size) {
  const mb = Number(size.bytes) / 2 ** 20;
  console.log(
    `Database: ${mb.toFixed(0)} MB for ${size.entries.toLocaleString("en")} entries (${((Number(size.bytes) / size.entries) | 0).toLocaleString("en")} bytes per entry, indexes included).\n`,
  );
}

const user = { id: therapist.id, email: therapist.email, name: therapist.name };
const api = createCaller({ db, user });
const scope = { practiceId, userId: therapist.id, role: "therapist" as const };
const ask = (range: (typeof RANGES)[number]) =>
  api.timeline.forCouple({ practiceId, coupleId: target.id, range });

type Round = Record<string, Timing>;

async function timelineRound(round: Round) {
  for (const range of RANGES) {
    const t = await ask(range);
    const window = aggregateWindowOf(t, { practiceId, coupleId: target.id });
    const runs = range === "all" ? 60 : 150;
    round[`${range} sql`] = await measure(() => timelineAggregatesSql(db, window, false), runs);
    round[`${range} sql+rows`] = await measure(() => timelineAggregatesSql(db, window, true), runs);
    round[`${range} procedure`] = await measure(() => ask(range), runs);
    console.log(`${range}: ${t.range.days} days, ${t.entries.length} entries in the period`);
    console.log(row("  bare SQL, aggregates", round[`${range} sql`]!));
    console.log(row("  bare SQL, aggregates + entry rows", round[`${range} sql+rows`]!));
    console.log(
      row(
        "  timeline.forCouple vs aggregates",
        round[`${range} procedure`]!,
        round[`${range} sql`],
      ),
    );
    console.log(
      row(
        "  timeline.forCouple vs + entry rows",
        round[`${range} procedure`]!,
        round[`${range} sql+rows`],
      ),
    );
  }
}

async function pdfRound(round: Round) {
  for (const range of ["since_last_session", "12w"] as const) {
    const prep = await loadSessionPrep(db, scope, { coupleId: target.id, range }, new Date());
    const pdf = await renderSessionPrep(prep);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    round[`${range} render`] = await measure(() => renderSessionPrep(prep), 20, 3);
    const query =
      range === "12w"
        ? { from: prep.fromDate, to: prep.toDate }
        : { from: undefined, to: undefined };
    round[`${range} export`] = await measure(
      () => exportSessionPrep(db, scope, { coupleId: target.id, query }),
      20,
      3,
    );
    console.log(`PDF, ${range}: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB`);
    console.log(row("  render (warm)", round[`${range} render`]!));
    console.log(row("  load + render + audit (warm)", round[`${range} export`]!));
  }
}

// Cold: the first PDF this process renders, fonts and all.
if (PDF) {
  started = performance.now();
  await exportSessionPrep(db, scope, {
    coupleId: target.id,
    query: { from: undefined, to: undefined },
  });
  const cold = performance.now() - started;
  console.log(
    `PDF, since last session, cold (first render in the process): ${cold.toFixed(0)} ms\n`,
  );
}

const before: Round = {};
await timelineRound(before);
if (PDF) await pdfRound(before);

started = performance.now();
coupleEntries += await history(8);
await db.execute(sql`analyze entries`);
console.log(`\nDoubled the couple's data (${coupleEntries} entries) in ${seconds(started)} s.\n`);
const after: Round = {};
await timelineRound(after);
if (PDF) await pdfRound(after);

function growth(title: string, from: Round, to: Round) {
  console.log(`\n${title} (p50 and p95, after / before):`);
  for (const key of Object.keys(from)) {
    const [b, a] = [from[key]!, to[key]!];
    console.log(
      `  ${key.padEnd(32)} ${b.p50.toFixed(2).padStart(7)} → ${a.p50.toFixed(2).padStart(7)} ms  ×${(a.p50 / b.p50).toFixed(2)}` +
        `   p95 ${b.p95.toFixed(2).padStart(7)} → ${a.p95.toFixed(2).padStart(7)} ms`,
    );
  }
}
growth("Growth when the couple's data doubles", before, after);

if (GROW_TO > SCALE) {
  started = performance.now();
  const more = GROW_TO - SCALE;
  await seedBenchPractice(db, Math.round(3000 * more), Math.round(1_000_000 * more));
  await db.execute(sql`analyze`);
  const [{ n } = { n: 0 }] = (
    await db.execute<{ n: number }>(sql`select count(*)::int as n from entries`)
  ).rows;
  console.log(
    `\nGrew the table to ${GROW_TO}× (${n.toLocaleString("en")} entries) in ${seconds(started)} s.\n`,
  );
  const grown: Round = {};
  await timelineRound(grown);
  growth(
    `Growth from ${SCALE}× to ${GROW_TO}× the practice (the couple's data doubled in both)`,
    after,
    grown,
  );
}

await close();
await stop();
