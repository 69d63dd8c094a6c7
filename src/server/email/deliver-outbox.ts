import "server-only";
import { and, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import { env } from "~/env";
import type { Executor } from "~/server/db/client";
import { emailOutbox, type OutboxEmail } from "~/server/db/schema";
import { defaultTransport, renderEmail } from "./send-email";
import { discreetSender } from "./discreet";
import { buildEmail, UndeliverableEmail } from "./email-templates";
import type { EmailTransport } from "./transport";

/** The wait after each failed attempt (1 min, 5 min, 30 min, 2 h); the one after the last is final. */
const RETRY_DELAYS_MS = env.EMAIL_RETRY_DELAYS_SECONDS.map((s) => s * 1000);
const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
// A claimed row is leased, not locked: no transaction stays open during the send. If the worker
// dies mid-send the lease runs out and another worker sends it again, with the same idempotency
// key (the row's id), so the provider delivers it once.
const LEASE_MS = env.EMAIL_LEASE_SECONDS * 1000;
const SEND_TIMEOUT_MS = env.EMAIL_SEND_TIMEOUT_SECONDS * 1000;

export interface DeliverOptions {
  transport?: EmailTransport;
  /** the clock, for tests; the database's by default */
  now?: Date;
  /** at most this many emails in one call */
  max?: number;
  /** only this practice's emails (tests run side by side in one database) */
  practiceId?: string;
}

function later(now: Date | undefined, ms: number): Date | SQL {
  return now ? new Date(now.getTime() + ms) : sql`now() + make_interval(secs => ${ms / 1000})`;
}

/** Take the next due email, skipping any another worker holds, and lease it. */
async function claimNext(db: Executor, options: DeliverOptions): Promise<OutboxEmail | undefined> {
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.status, "pending"),
        lte(emailOutbox.nextAttemptAt, options.now ?? sql`now()`),
        options.practiceId ? eq(emailOutbox.practiceId, options.practiceId) : undefined,
      ),
    )
    .orderBy(emailOutbox.nextAttemptAt)
    .limit(1)
    .for("update", { skipLocked: true });
  const [row] = await db
    .update(emailOutbox)
    .set({
      attempts: sql`${emailOutbox.attempts} + 1`,
      nextAttemptAt: later(options.now, LEASE_MS),
    })
    .where(inArray(emailOutbox.id, due))
    .returning();
  return row;
}

/** Why it failed, never what was in it: links (and their tokens) are cut out, length capped. */
function describeFailure(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/https?:\/\/\S+/g, "[link]").slice(0, 500);
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

type Outcome = "sent" | "retrying" | "failed";

async function deliver(db: Executor, row: OutboxEmail, options: DeliverOptions): Promise<Outcome> {
  try {
    const { subject, element, discreet } = await buildEmail(db, row);
    const { html, text } = await renderEmail(element);
    const transport = options.transport ?? defaultTransport(db);
    const from = discreet ? discreetSender(env.EMAIL_FROM) : env.EMAIL_FROM;
    const email = { from, to: row.to, subject, html, text };
    await withTimeout(transport.send(email, { idempotencyKey: row.id }), SEND_TIMEOUT_MS);
  } catch (error) {
    const final = error instanceof UndeliverableEmail || row.attempts >= MAX_ATTEMPTS;
    await db
      .update(emailOutbox)
      .set({
        status: final ? "failed" : "pending",
        lastError: describeFailure(error),
        ...(final ? {} : { nextAttemptAt: later(options.now, RETRY_DELAYS_MS[row.attempts - 1]!) }),
      })
      .where(eq(emailOutbox.id, row.id));
    return final ? "failed" : "retrying";
  }
  await db
    .update(emailOutbox)
    .set({ status: "sent", sentAt: options.now ?? sql`now()`, lastError: null })
    .where(eq(emailOutbox.id, row.id));
  return "sent";
}

/** Send due outbox emails one by one until none is due (or `max` were tried). */
export async function deliverDueEmails(
  db: Executor,
  options: DeliverOptions = {},
): Promise<Record<Outcome, number>> {
  const counts = { sent: 0, retrying: 0, failed: 0 };
  for (let i = 0; i < (options.max ?? 50); i++) {
    const row = await claimNext(db, options);
    if (!row) break;
    counts[await deliver(db, row, options)]++;
  }
  return counts;
}
