/**
 * node-postgres (`pg`) against postgres.js (`postgres`, which pipelines) in ONE run, on the two
 * hot paths: `timeline.forCouple` (three round trips, the middle one six queries at once) and a
 * partner's entry submission (session lookup, then the one-statement submit), sequential and with
 * concurrent partners. Same database, same pool size, same code: only the driver differs.
 *   npm run bench:drivers   (--scale=0.1 by default: 300 couples, 100,000 filler entries; the
 *   measured couple always has two years of daily entries from both partners)
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { examplePayload } from "../src/homework/micro-hurt";
import { createDatabase, type Database } from "../src/server/db/client";
import { createPostgresJsDatabase } from "./postgres-js";
import { benchDatabase, benchScale, measure, row, type Timing } from "./lib";
import { aggregateWindowOf, timelineAggregatesSql } from "./timeline-sql";
import {
  seedAssignments,
  seedBenchPractice,
  seedCoupleHistory,
  seedSessions,
} from "./timeline-seed";

const SCALE = benchScale(0.1);
const POOL = 4;
const CLIENTS = 32;
const RANGES = ["since_last_session", "12w", "all"] as const;

const { url, stop } = await benchDatabase();
process.env.DATABASE_URL = url;
const { createCaller } = await import("../src/server/trpc/root");
const { partnerForSession } = await import("../src/server/partner-session/partner-session");
const { seedPartnerSessions } = await import("./seed-partners");
const drivers: Record<"pg" | "postgres.js", { db: Database; close: () => Promise<void> }> = {
  pg: createDatabase(url, { max: POOL }),
  "postgres.js": createPostgresJsDatabase(url, { max: POOL }),
};
const db = drivers.pg.db;

console.log(
  `Seeding ${3000 * SCALE} couples, ${(1_000_000 * SCALE).toLocaleString("en")} entries…`,
);
const { practiceId, therapist, target } = await seedBenchPractice(
  db,
  Math.round(3000 * SCALE),
  Math.round(1_000_000 * SCALE),
);
const couple = { practiceId, coupleId: target.id, therapistId: therapist.id, days: 730 };
const given = await seedAssignments(db, couple);
await seedCoupleHistory(db, { ...couple, given, perDay: 1, seed: 7 });
await seedSessions(db, couple);
const partners = await seedPartnerSessions(db, CLIENTS);
await db.execute(sql`analyze`);

const user = { id: therapist.id, email: therapist.email, name: therapist.name };
const timeline = (d: Database, range: (typeof RANGES)[number]) =>
  createCaller({ db: d, user }).timeline.forCouple({ practiceId, coupleId: target.id, range });

console.log("\nTimeline (p50/p95 ms; ratio to pg's bare SQL with entry rows)");
for (const range of RANGES) {
  const t = await timeline(db, range);
  const window = aggregateWindowOf(t, { practiceId, coupleId: target.id });
  const runs = range === "all" ? 30 : 80;
  const bare = await measure(() => timelineAggregatesSql(db, window, true), runs, 5);
  console.log(`${range}: ${t.entries.length} entries in the period`);
  console.log(row("  bare SQL, aggregates + entry rows (pg)", bare));
  for (const [name, d] of Object.entries(drivers)) {
    const took = await measure(() => timeline(d.db, range), runs, 5);
    console.log(row(`  timeline.forCouple, ${name}`, took, bare));
  }
}

/** A partner's submission as the route runs it: the session, then the submit. */
async function submit(d: Database, i: number) {
  const p = partners[i % partners.length]!;
  const partner = await partnerForSession(d, p.sessionToken);
  if (!partner) throw new Error("bench partner session vanished");
  // The bench partners have not read the consent text; the route would have sent them to it.
  const consented = { ...partner, consentNeeded: false };
  await createCaller({ db: d, user: null, partner: consented }).partner.submitEntry({
    kind: "micro_hurt",
    assignmentId: p.assignmentId,
    idempotencyKey: randomUUID(),
    payload: { ...examplePayload, intensity: i % 11 },
  });
}

/** `CLIENTS` partners submitting back to back for `count` submissions in all: submissions/s. */
async function concurrent(d: Database, count: number) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < count) await submit(d, next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

console.log(`\nSubmission (one at a time; then ${CLIENTS} partners at once, pool of ${POOL})`);
const sequential: Partial<Record<string, Timing>> = {};
for (const [name, d] of Object.entries(drivers)) {
  let i = 0;
  sequential[name] = await measure(() => submit(d.db, i++), 150, 10);
  console.log(row(`  submit, ${name}`, sequential[name], sequential.pg));
}
const rates: Record<string, number> = {};
for (const [name, d] of Object.entries(drivers)) {
  await concurrent(d.db, 100);
  rates[name] = await concurrent(d.db, 1000);
  const ratio = rates.pg ? `  ${(rates[name] / rates.pg).toFixed(2)}× pg` : "";
  console.log(
    `  ${`submit, ${CLIENTS} at once, ${name}`.padEnd(44)} ${rates[name].toFixed(0)}/s${ratio}`,
  );
}

await Promise.all(Object.values(drivers).map((d) => d.close()));
await stop();
