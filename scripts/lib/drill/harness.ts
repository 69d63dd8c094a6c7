import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { startProductionServer, stopServer } from "../../../bench/server";
import type { BenchPartner } from "../../../bench/seed-partners";
import type { Database } from "../../../src/server/db/client";
import {
  couples,
  entries,
  partners as partnersTable,
  staffSessions,
} from "../../../src/server/db/schema";
import { spawnWorker } from "../worker-process";
import type { FakeResend } from "./fake-resend";
import { startPartnerClients, type ClientTally } from "./partner-clients";
import {
  countEmails,
  emailQueue,
  mailboxReceived,
  queueEmail,
  waitForOutbox,
  type EmailQueue,
} from "./queued-emails";

const WEB_PORT = Number(process.env.DRILL_WEB_PORT ?? 3640);
export const FAKE_RESEND_PORT = Number(process.env.DRILL_PROVIDER_PORT ?? 3641);
const CLIENTS = Number(process.env.DRILL_CLIENTS ?? 16);
const LOAD_SECONDS = Number(process.env.DRILL_SECONDS ?? 20);
/** an email queued this often during the load */
const EMAIL_EVERY_MS = 200;

interface DrillWorld {
  db: Database;
  databaseUrl: string;
  provider: FakeResend;
}

/** What a fault can reach while the load runs. */
export interface DrillContext extends DrillWorld {
  startedAt: number;
  web: { process: ChildProcess; restart: () => Promise<void> };
  worker: { process: ChildProcess; restart: () => void };
  tally: ClientTally;
  queue: EmailQueue;
  scene: Scene;
  /** a page or route as the couple's therapist */
  asTherapist: (path: string, init?: RequestInit) => Promise<Response>;
  /** the couple page's path */
  couplePage: string;
  /** wait until `seconds` after the load started */
  at: (seconds: number) => Promise<void>;
  /** lines for the report under the table */
  notes: string[];
  /** checks this drill adds (a failed one fails the run) */
  checks: { label: string; ok: boolean }[];
}

export interface DrillResult {
  name: string;
  acknowledged: number;
  lost: number;
  duplicated: number;
  unacknowledged: number;
  serverErrors: number;
  unavailable: number;
  unavailableWithoutHint: number;
  emailsQueued: number;
  emailsLost: number;
  emailsSentTwice: number;
  seconds: number;
  checks: { label: string; ok: boolean }[];
  notes: string[];
}

interface Scene {
  practiceId: string;
  coupleId: string;
  /** the first couple's partners: their emails are the ones shown on the couple page */
  coupleZeroPartners: string[];
  therapistUserId: string;
}

async function sceneOf(db: Database, partners: BenchPartner[]): Promise<Scene> {
  const [first] = await db
    .select({ practiceId: partnersTable.practiceId, coupleId: partnersTable.coupleId })
    .from(partnersTable)
    .where(eq(partnersTable.id, partners[0]!.partnerId));
  const [couple] = await db.select().from(couples).where(eq(couples.id, first!.coupleId));
  const pair = await db
    .select({ id: partnersTable.id })
    .from(partnersTable)
    .where(eq(partnersTable.coupleId, first!.coupleId));
  return {
    practiceId: first!.practiceId,
    coupleId: first!.coupleId,
    coupleZeroPartners: pair.map((p) => p.id),
    therapistUserId: couple!.therapistUserId,
  };
}

/** A staff session for the therapist, as Auth.js keeps them (a row, and its token in a cookie). */
async function therapistCookie(db: Database, userId: string): Promise<string> {
  const sessionToken = randomUUID();
  await db
    .insert(staffSessions)
    .values({ sessionToken, userId, expires: new Date(Date.now() + 3600_000) });
  return `authjs.session-token=${sessionToken}`;
}

function workerEnv(world: DrillWorld, provider: "mailbox" | "resend"): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: world.databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    // Production's waits scaled to a drill: retries after 1, 2, 4, 8 and 16 s; a claimed email
    // is taken back after 5 s; the provider is given 2 s.
    EMAIL_RETRY_DELAYS_SECONDS: "1,2,4,8,16",
    EMAIL_LEASE_SECONDS: "5",
    EMAIL_SEND_TIMEOUT_SECONDS: "2",
    ...(provider === "resend"
      ? { RESEND_API_KEY: "re_drill_fake_key", RESEND_BASE_URL: world.provider.url }
      : { ATTUNE_DEV_MAILBOX: "1", RESEND_API_KEY: "" }),
  };
}

async function faultWithin(
  ctx: DrillContext,
  fault: (ctx: DrillContext) => Promise<void>,
  ms: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      ctx.checks.push({ label: `the fault's steps finished within ${ms / 1000} s`, ok: false });
      resolve();
    }, ms);
  });
  await Promise.race([fault(ctx), late]);
  clearTimeout(timer);
}

function step(drill: string, what: string) {
  console.log(`[drill]   ${drill}: ${what}`);
}

/** Until the worker's job queue is connected: its start takes seconds on a busy machine. */
async function workerReady(db: Database, within = 60_000): Promise<void> {
  for (const until = Date.now() + within; Date.now() < until;) {
    const result = await db
      .execute<{ n: number }>(
        sql`select count(*)::int as n from pg_stat_activity where application_name = 'attune-worker'`,
      )
      .catch(() => ({ rows: [{ n: 0 }] }));
    if ((result.rows[0]?.n ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the worker did not start");
}

/**
 * One drill: a fresh practice of partners on phones against the production build and a worker,
 * `fault` injected while they submit, then the count from the database and the mailbox.
 */
export async function runDrill(
  world: DrillWorld,
  name: string,
  provider: "mailbox" | "resend",
  fault: (ctx: DrillContext) => Promise<void>,
  /** checks once every queued email is sent or given up, before the processes stop */
  afterDelivery?: (ctx: DrillContext) => Promise<void>,
): Promise<DrillResult> {
  const { seedPartnerSessions } = await import("../../../bench/seed-partners");
  const partners = await seedPartnerSessions(world.db, CLIENTS);
  const scene = await sceneOf(world.db, partners);
  const cookie = await therapistCookie(world.db, scene.therapistUserId);
  const baseUrl = `http://localhost:${WEB_PORT}`;

  let web = await startProductionServer(world.databaseUrl, WEB_PORT);
  let worker = spawnWorker(workerEnv(world, provider), { quiet: true });
  await workerReady(world.db);
  const queue = emailQueue(name.split(" ")[0]!.replace(/\W/g, ""));
  const startedAt = Date.now();
  const loadUntil = startedAt + LOAD_SECONDS * 1000;
  const clients = startPartnerClients(baseUrl, partners, {
    loadUntil,
    retryUntil: loadUntil + 30_000,
  });

  const ctx: DrillContext = {
    ...world,
    startedAt,
    web: {
      process: web,
      restart: async () => {
        web = await startProductionServer(world.databaseUrl, WEB_PORT);
        ctx.web.process = web;
      },
    },
    worker: {
      process: worker.child,
      restart: () => {
        worker = spawnWorker(workerEnv(world, provider), { quiet: true });
        ctx.worker.process = worker.child;
      },
    },
    tally: clients.tally,
    queue,
    scene,
    asTherapist: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { cookie, accept: "text/html", ...(init.headers ?? {}) },
        redirect: "manual",
      }),
    couplePage: `/p/${scene.practiceId}/couples/${scene.coupleId}`,
    at: async (seconds) => {
      const wait = startedAt + seconds * 1000 - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    },
    notes: [],
    checks: [],
  };

  // Email keeps being queued through the load, as partners' links are asked for.
  const emailing = (async () => {
    for (let i = 0; Date.now() < loadUntil; i++) {
      const partner = partners[2 + (i % (partners.length - 2))]!;
      await queueEmail(world.db, queue, scene.practiceId, partner.partnerId);
      await new Promise((r) => setTimeout(r, EMAIL_EVERY_MS));
    }
  })();

  await Promise.all([
    // A step that never finishes fails the drill instead of hanging the run.
    faultWithin(ctx, fault, 90_000).then(() => step(name, "fault done")),
    clients.done.then(() => step(name, "phones done")),
    emailing,
  ]);
  await waitForOutbox(world.db, queue, Date.now() + 60_000);
  step(name, "outbox drained");
  await afterDelivery?.(ctx);
  const result = await count(world, name, provider, ctx, partners);
  step(name, "counted");
  await stopServer(web);
  worker.child.kill("SIGTERM");
  // A worker that does not stop within 15 s is killed: the count is already taken.
  const stopped = await Promise.race([
    worker.exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 15_000)),
  ]);
  if (!stopped) worker.child.kill("SIGKILL");
  return result;
}

async function count(
  world: DrillWorld,
  name: string,
  provider: "mailbox" | "resend",
  ctx: DrillContext,
  partners: BenchPartner[],
): Promise<DrillResult> {
  const rows = await world.db
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
  const { tally } = ctx;
  const received =
    provider === "mailbox" ? await mailboxReceived(world.db, ctx.queue) : world.provider.received;
  const emails = countEmails(ctx.queue, received);
  return {
    name,
    acknowledged: tally.acknowledged.size,
    lost: [...tally.acknowledged].filter((k) => !stored.has(k)).length,
    duplicated: rows.filter((r) => r.n > 1).length,
    unacknowledged: tally.unacknowledged,
    serverErrors: tally.serverErrors,
    unavailable: tally.unavailable,
    unavailableWithoutHint: tally.unavailableWithoutHint,
    emailsQueued: emails.queued,
    emailsLost: emails.lost,
    emailsSentTwice: emails.sentTwice,
    seconds: Math.round((Date.now() - ctx.startedAt) / 1000),
    checks: ctx.checks,
    notes: [
      `${tally.attempts} submits sent, ${tally.noAnswer} without an answer, ${tally.refused} refused`,
      ...ctx.notes,
    ],
  };
}
