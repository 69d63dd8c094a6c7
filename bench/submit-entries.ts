/**
 * Entry submission under load: 200 partners on their phones submitting for 60 s against the
 * production build, some retrying a submit they already sent. Reports submissions/s and latency,
 * the same against a trivial endpoint (GET /api/health: one `select 1`) as the baseline, and the
 * count check: every acknowledged submission is one row, retries made no duplicates.
 *   npm run bench:submit   (BENCH_SECONDS, BENCH_CONNECTIONS to change the load)
 */
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { examplePayload } from "../src/homework/micro-hurt";
import { createDatabase } from "../src/server/db/client";
import { entries } from "../src/server/db/schema";
import { benchDatabase } from "./lib";
import { startProductionServer } from "./server";
import { seedPartnerSessions } from "./seed-partners";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const RETRY_SHARE = 0.1;
const PORT = 3200;

const { url, stop } = await benchDatabase();
process.env.DATABASE_URL = url;
const { db, close } = createDatabase(url, { max: 4 });
const partners = await seedPartnerSessions(db, CONNECTIONS);
const byCookie = new Map(partners.map((p) => [`attune_client=${p.sessionToken}`, p]));
const server = await startProductionServer(url, PORT);

try {
  const baseline = await autocannon({
    url: `http://localhost:${PORT}/api/health`,
    connections: CONNECTIONS,
    duration: Math.max(10, Math.round(SECONDS / 3)),
  });

  const acknowledged = new Set<string>();
  let retries = 0;
  let next = 0;
  const load = await autocannon({
    url: `http://localhost:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    setupClient: (client) => {
      const partner = partners[next++ % partners.length]!;
      client.setHeaders({
        "content-type": "application/json",
        cookie: `attune_client=${partner.sessionToken}`,
      });
    },
    requests: [
      {
        method: "POST",
        path: "/api/trpc/client.submitEntry",
        setupRequest: (
          request,
          context: { key?: string; lastAcked?: string; assignmentId?: string },
        ) => {
          const retry = context.lastAcked !== undefined && Math.random() < RETRY_SHARE;
          if (retry) retries++;
          context.key = retry ? context.lastAcked : randomUUID();
          const cookie = String(request.headers?.cookie ?? "");
          const partner = byCookie.get(cookie);
          const body = {
            json: {
              kind: "micro_hurt",
              assignmentId: partner?.assignmentId,
              idempotencyKey: context.key,
              payload: { ...examplePayload, intensity: Math.floor(Math.random() * 11) },
            },
          };
          return { ...request, body: JSON.stringify(body) };
        },
        onResponse: (status, _body, context: { key?: string; lastAcked?: string }) => {
          if (status === 200 && context.key) {
            acknowledged.add(`${context.key}`);
            context.lastAcked = context.key;
          }
        },
      },
    ],
  });

  const rows = await db
    .select({ key: entries.idempotencyKey, n: sql<number>`count(*)::int` })
    .from(entries)
    .where(
      inArray(
        entries.partnerId,
        partners.map((p) => p.partnerId),
      ),
    )
    .groupBy(entries.idempotencyKey);
  const stored = new Set(rows.map((r) => r.key));
  const missing = [...acknowledged].filter((k) => !stored.has(k)).length;
  const duplicated = rows.filter((r) => r.n > 1).length;

  const line = (label: string, r: autocannon.Result) =>
    `${label.padEnd(30)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s, ${Math.round(RETRY_SHARE * 100)}% of submits retried with the same key`,
  );
  console.log(line("baseline GET /api/health", baseline));
  console.log(line("POST client.submitEntry", load));
  console.log(
    `submissions/s vs baseline: ${(load.requests.average / baseline.requests.average).toFixed(2)}×`,
  );
  console.log(
    `count check: ${acknowledged.size} acknowledged, ${stored.size} rows, ${missing} acknowledged but missing, ` +
      `${duplicated} duplicated, ${retries} retries sent`,
  );
  if (missing > 0 || duplicated > 0) process.exitCode = 1;
} finally {
  server.kill("SIGTERM");
  await close();
  await stop();
}
