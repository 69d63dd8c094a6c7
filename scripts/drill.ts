/**
 * Fault drills: the production build and the worker against a real PostgreSQL, under partners
 * submitting from their phones (bench:submit's client), while something breaks:
 *   1. a web process is killed (kill -9) and restarted at once;
 *   2. PostgreSQL stops for 10 s and starts again (the app is not restarted);
 *   3. the worker is killed (kill -9) mid-delivery and restarted;
 *   4. the email provider fails (5xx, then time-outs) for a while.
 * Then it counts from the database and the mailbox: acknowledged submissions lost, entries
 * duplicated, emails lost and emails sent twice, all of which must be 0. Prints one table; exits
 * non-zero on any non-zero count or failed check.   npm run drill
 * (DRILL_CLIENTS, DRILL_SECONDS change the load; DRILL_WEB_PORT, DRILL_PROVIDER_PORT the ports.)
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { migrateDatabase } from "./lib/migrate";
import { startFakeResend } from "./lib/drill/fake-resend";
import type { DrillResult } from "./lib/drill/harness";

const log = (line: string) => console.log(`[drill] ${line}`);

async function acceptsConnections(url: string): Promise<void> {
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => undefined);
    const ok = await client.connect().then(
      () => client.query("select 1").then(() => true),
      () => false,
    );
    await client.end().catch(() => undefined);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
// The app's modules loaded here (seeding, queuing email) validate the environment like the server.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.NEXT_TELEMETRY_DISABLED = "1";

// Its own PostgreSQL, kept between stop and start (drill 2), deleted at the end.
const dataDir = mkdtempSync(path.join(tmpdir(), "attune-drill-pg-"));
const postgres = await startEmbeddedPostgres({
  dataDir,
  database: "attune_drill",
  port: 0,
  persistent: true,
});
await migrateDatabase(postgres.url);
process.env.DATABASE_URL = postgres.url;
// App modules read the environment when first imported, so load them only now.
const { createDatabase } = await import("../src/server/db/client");
const { FAKE_RESEND_PORT, runDrill } = await import("./lib/drill/harness");
const { outageAnswers, printTable } = await import("./lib/drill/report");
const { queueEmail } = await import("./lib/drill/queued-emails");
const { db, close } = createDatabase(postgres.url, { max: 4 });
const provider = await startFakeResend(FAKE_RESEND_PORT);
const world = { db, databaseUrl: postgres.url, provider };
const results: DrillResult[] = [];

try {
  log("1/4 kill -9 of the web process mid-load, restarted at once");
  results.push(
    await runDrill(world, "1 web process killed", "mailbox", async (ctx) => {
      await ctx.at(8);
      ctx.web.process.kill("SIGKILL");
      const down = Date.now();
      await ctx.web.restart();
      ctx.notes.push(`web process back after ${((Date.now() - down) / 1000).toFixed(1)} s`);
    }),
  );

  log("2/4 PostgreSQL stopped for 10 s mid-load, started again");
  results.push(
    await runDrill(world, "2 PostgreSQL stopped 10 s", "mailbox", async (ctx) => {
      await ctx.at(6);
      await postgres.stop();
      const acknowledgedBefore = ctx.tally.acknowledged.size;
      await new Promise((r) => setTimeout(r, 2000));
      const answers = await outageAnswers(ctx);
      ctx.checks.push(...answers);
      await new Promise((r) => setTimeout(r, 8000));
      // embedded-postgres's start can miss the "ready" line on a second start: also ask it.
      await Promise.race([postgres.start!(), acceptsConnections(postgres.url)]);
      const restartedAt = Date.now();
      await ctx.at(22);
      const after = ctx.tally.acknowledged.size - acknowledgedBefore;
      ctx.checks.push({
        label: "submissions acknowledged again without restarting the app",
        ok: after > 0,
      });
      ctx.notes.push(
        `${after} submissions acknowledged in the ${((Date.now() - restartedAt) / 1000).toFixed(0)} s after PostgreSQL started again`,
      );
    }),
  );

  log("3/4 kill -9 of the worker mid-delivery, restarted");
  results.push(
    await runDrill(world, "3 worker killed mid-send", "resend", async (ctx) => {
      provider.latencyMs = 60;
      await ctx.at(4);
      // A burst, so the worker is busy sending when it dies.
      const requestsBefore = provider.requests;
      await Promise.all(
        Array.from({ length: 150 }, () =>
          queueEmail(ctx.db, ctx.queue, ctx.scene.practiceId, ctx.scene.coupleZeroPartners[0]!),
        ),
      );
      const deadline = Date.now() + 20_000;
      while (provider.inFlight === 0 || provider.requests < requestsBefore + 10) {
        if (Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 2));
      }
      const midSend = provider.inFlight > 0;
      ctx.worker.process.kill("SIGKILL");
      ctx.checks.push({ label: "worker killed while a send was in flight", ok: midSend });
      ctx.worker.restart();
      await ctx.at(20);
      provider.latencyMs = 30;
    }),
  );

  log("4/4 the email provider failing (5xx, then time-outs) for 13 s");
  results.push(
    await runDrill(
      world,
      "4 email provider failing",
      "resend",
      async (ctx) => {
        await ctx.at(4);
        provider.mode = "5xx";
        for (const partnerId of ctx.scene.coupleZeroPartners)
          await queueEmail(ctx.db, ctx.queue, ctx.scene.practiceId, partnerId);
        let shown = 0;
        for (const second of [8, 11]) {
          await ctx.at(second);
          const html = await (await ctx.asTherapist(ctx.couplePage)).text();
          if (html.includes("is failing to send; Attune keeps trying")) shown++;
        }
        ctx.checks.push({
          label: "couple page says email is failing while it fails",
          ok: shown === 2,
        });
        await ctx.at(12);
        provider.mode = "hang";
        await ctx.at(17);
        provider.mode = "ok";
      },
      async (ctx) => {
        const html = await (await ctx.asTherapist(ctx.couplePage)).text();
        ctx.checks.push({
          label: "couple page no longer shows it once delivery caught up",
          ok: html.includes("Personal link") && !html.includes("is failing to send"),
        });
      },
    ),
  );
} finally {
  await provider.close();
  await close();
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

process.exit(printTable(results) ? 0 : 1);
