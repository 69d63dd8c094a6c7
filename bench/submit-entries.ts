/**
 * Entry submission under load: 200 partners on their phones submitting for 60 s against the
 * production build, some retrying a submit they already sent. Reports submissions/s and latency,
 * the same against a trivial endpoint (GET /api/health: one `select 1`) as the baseline, and the
 * count check: every acknowledged submission is one row, retries made no duplicates. Then the
 * same clients paced at fixed offered rates (BENCH_RATES, default 200,400 per second) for the
 * latency at a steady load rather than flat out.
 *   npm run bench:submit   (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_RATES to change the load;
 *   BENCH_INSTANCES=2 to spread it over two web processes, as behind a load balancer)
 */
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inArray, sql } from "drizzle-orm";
import { createDatabase } from "../src/server/db/client";
import { entries } from "../src/server/db/schema";
import { processTreeCpuMs } from "./cpu-time";
import { benchDatabase } from "./lib";
import { startProductionServer, stopServer } from "./server";
import { partnerHeaders, SUBMIT_PATH, submissionBody } from "./submit-client";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const RETRY_SHARE = 0.1;
/** Offered loads for the latency that partners would feel at a steady rate. */
const PACED_RATES = (process.env.BENCH_RATES ?? "200,400")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const PORT = 3200;
/** Web processes sharing the load, as behind a load balancer (the web tier is stateless). */
const INSTANCES = Math.max(1, Number(process.env.BENCH_INSTANCES ?? 1));

const { url, stop } = await benchDatabase();
// App modules read DATABASE_URL when first imported, so load them only now.
process.env.DATABASE_URL = url;
const { seedPartnerSessions } = await import("./seed-partners");
const { db, close } = createDatabase(url, { max: 4 });
const partners = await seedPartnerSessions(db, CONNECTIONS);
const byCookie = new Map(partners.map((p) => [`attune_partner=${p.sessionToken}`, p]));
const dataDir = await db.execute<{ setting: string }>(
  sql`select setting from pg_settings where name = 'data_directory'`,
);
const postgresPid = Number(
  readFileSync(path.join(dataDir.rows[0]!.setting, "postmaster.pid"), "utf8").split("\n")[0],
);
const servers = await Promise.all(
  Array.from({ length: INSTANCES }, (_, i) => startProductionServer(url, PORT + i)),
);

interface Combined {
  requests: { average: number; total: number };
  /** CPU milliseconds per request: the web process(es), and PostgreSQL (all its processes) */
  cpu: { web: number; postgres: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/** Several instances' results as one: rates add up; latencies are the worst instance's. */
function combine(results: autocannon.Result[]): Combined {
  return {
    requests: {
      average: results.reduce((sum, r) => sum + r.requests.average, 0),
      total: results.reduce((sum, r) => sum + r.requests.total, 0),
    },
    cpu: { web: 0, postgres: 0 },
    latency: {
      p50: Math.max(...results.map((r) => r.latency.p50)),
      p99: Math.max(...results.map((r) => r.latency.p99)),
    },
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** The same load spread over every instance, each taking its share of connections and rate. */
async function spread(
  load: (port: number, connections: number, rate?: number) => Promise<autocannon.Result>,
  rate?: number,
) {
  const cpu = () => ({
    web: servers.reduce((sum, s) => sum + processTreeCpuMs(s.pid!), 0),
    postgres: processTreeCpuMs(postgresPid),
  });
  const before = cpu();
  const result = await Promise.all(
    servers.map((_, i) =>
      load(PORT + i, Math.round(CONNECTIONS / INSTANCES), rate ? rate / INSTANCES : undefined),
    ),
  ).then(combine);
  const after = cpu();
  const n = Math.max(1, result.requests.total);
  result.cpu = {
    web: (after.web - before.web) / n,
    postgres: (after.postgres - before.postgres) / n,
  };
  return result;
}

// A fresh server warms the session-prep PDF at start (src/instrumentation-node.ts): let it finish
// so the baseline does not share the CPU with it.
await new Promise((resolve) => setTimeout(resolve, 10_000));

try {
  const baseline = await spread((port, connections) =>
    autocannon({
      url: `http://localhost:${port}/api/health`,
      connections,
      duration: Math.max(10, Math.round(SECONDS / 3)),
    }),
  );

  const acknowledged = new Set<string>();
  const lastAcked = new Map<string, string>();
  let retries = 0;
  let next = 0;
  const submitLoadOn = (
    port: number,
    connections: number,
    duration: number,
    overallRate?: number,
  ) =>
    autocannon({
      url: `http://localhost:${port}`,
      connections,
      duration,
      ...(overallRate ? { overallRate } : {}),
      setupClient: (client) => {
        const partner = partners[next++ % partners.length]!;
        client.setHeaders(partnerHeaders(partner.sessionToken));
      },
      requests: [
        {
          method: "POST",
          path: SUBMIT_PATH,
          // autocannon clears `context` between requests; what a connection last had acknowledged
          // is kept here, by its cookie, so a retry can resend that exact submission.
          setupRequest: (request, context: { key?: string; cookie?: string }) => {
            const cookie = String(request.headers?.cookie ?? "");
            const previous = lastAcked.get(cookie);
            const retry = previous !== undefined && Math.random() < RETRY_SHARE;
            if (retry) retries++;
            context.cookie = cookie;
            context.key = retry ? previous : randomUUID();
            const body = submissionBody(byCookie.get(cookie)?.assignmentId, context.key);
            return { ...request, body };
          },
          onResponse: (status, _body, context: { key?: string; cookie?: string }) => {
            if (status === 200 && context.key && context.cookie !== undefined) {
              acknowledged.add(context.key);
              lastAcked.set(context.cookie, context.key);
            }
          },
        },
      ],
    });
  const submitLoad = (duration: number, rate?: number) =>
    spread((port, connections, share) => submitLoadOn(port, connections, duration, share), rate);
  const load = await submitLoad(SECONDS);
  const paced = [];
  for (const rate of PACED_RATES)
    paced.push({ rate, result: await submitLoad(Math.max(10, Math.round(SECONDS / 2)), rate) });

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

  const line = (label: string, r: Combined) =>
    `${label.padEnd(38)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  non-2xx ${r.non2xx}  errors ${r.errors}  CPU/request: web ${r.cpu.web.toFixed(2)} ms, PostgreSQL ${r.cpu.postgres.toFixed(2)} ms`;
  console.log(
    `\n${CONNECTIONS} connections over ${INSTANCES} web process(es), ${SECONDS} s, ${Math.round(RETRY_SHARE * 100)}% of submits retried with the same key`,
  );
  console.log(line("baseline GET /api/health", baseline));
  console.log(line("POST partner.submitEntry, flat out", load));
  for (const { rate, result } of paced)
    console.log(line(`POST partner.submitEntry at ${rate}/s`, result));
  console.log(
    `submissions/s vs baseline: ${(load.requests.average / baseline.requests.average).toFixed(2)}×`,
  );
  console.log(
    `web CPU per request vs baseline: ${(load.cpu.web / baseline.cpu.web).toFixed(2)}× flat out` +
      ` (the same work without the machine's load: the throughput ratio it allows is ${(baseline.cpu.web / load.cpu.web).toFixed(2)}×)`,
  );
  console.log(
    `count check: ${acknowledged.size} acknowledged, ${stored.size} rows, ${missing} acknowledged but missing, ` +
      `${duplicated} duplicated, ${retries} retries sent`,
  );
  if (missing > 0 || duplicated > 0) process.exitCode = 1;
} finally {
  await Promise.all(servers.map(stopServer));
  await close();
  await stop();
}
