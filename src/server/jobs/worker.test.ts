import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { inject } from "vitest";
import { migrateDatabase } from "../../../scripts/lib/migrate";
import { createDatabase, type Database } from "~/server/db/client";
import { devMailbox, emailOutbox, partners } from "~/server/db/schema";
import { enqueueEmail } from "~/server/email/outbox";
import { insertAssignment, seedCoupleForEmail } from "~/test/outbox-fixtures";
import { REMINDER_QUEUE, startWorker } from "./worker";

// The worker drains every practice's email, so it gets a database of its own: other test files
// keep theirs pending for their own assertions.
const name = `attune_worker_${randomUUID().slice(0, 8)}`;
const adminUrl = inject("databaseUrl");
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
let db: Database;
let closeDb: () => Promise<void>;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  await migrateDatabase(url);
  ({ db, close: closeDb } = createDatabase(url, { max: 2 }));
});

afterAll(async () => {
  await closeDb();
  await admin(`drop database ${name} with (force)`);
});

async function waitFor<T>(read: () => Promise<T | undefined>, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fixed-offset zone where it is about noon now, so the reminder is not in quiet hours. */
function middayZone(): string {
  const offset = 12 - new Date().getUTCHours();
  if (offset === 0) return "UTC";
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

describe("the worker", () => {
  test("delivers committed email within seconds, runs the reminder job, and stops cleanly", async () => {
    const lines: string[] = [];
    const worker = await startWorker({
      databaseUrl: url,
      pollIntervalMs: 200,
      log: (line) => lines.push(line),
      // The export tests build their exports themselves, in folders of their own.
      practiceExports: false,
    });
    try {
      const s = await seedCoupleForEmail(db, { timeZone: middayZone() });
      const queuedAt = Date.now();
      await db.transaction(async (tx) => {
        await enqueueEmail(tx, {
          practiceId: s.practiceId,
          to: s.therapist.email,
          template: "safety_flag",
          props: { coupleId: s.couple.id },
        });
      });
      const [mail] = await waitFor(async () => {
        const rows = await db.select().from(devMailbox).where(eq(devMailbox.to, s.therapist.email));
        return rows.length ? rows : undefined;
      });
      expect(mail!.subject).toBe("A client needs your attention");
      expect(Date.now() - queuedAt).toBeLessThan(3000);

      const [schedule] = (
        await db.execute<{ cron: string }>(
          sql`select cron from pgboss.schedule where name = ${REMINDER_QUEUE}`,
        )
      ).rows;
      expect(schedule).toEqual({ cron: "*/15 * * * *" });

      // What the schedule does every 15 minutes, asked for now.
      await insertAssignment(db, s, {
        cadence: "daily",
        createdAt: new Date(Date.now() - 3 * 24 * 3600_000),
      });
      const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
      await boss.start();
      await boss.send(REMINDER_QUEUE, {});
      await boss.stop();
      await waitFor(() => Promise.resolve(lines.includes("queued 2 reminders") || undefined));
      for (const partner of s.partners) {
        const [reminder] = await waitFor(async () => {
          const rows = await db.select().from(devMailbox).where(eq(devMailbox.to, partner.email!));
          return rows.length ? rows : undefined;
        });
        expect(reminder!.subject).toBe(`A gentle reminder from ${s.practiceName}`);
        const [row] = await db.select().from(partners).where(eq(partners.id, partner.id));
        expect(row!.lastRemindedAt).toBeInstanceOf(Date);
      }
      await waitFor(async () => {
        const outbox = await db.select({ status: emailOutbox.status }).from(emailOutbox);
        return outbox.length === 3 && outbox.every((row) => row.status === "sent")
          ? true
          : undefined;
      });
    } finally {
      const stopping = Date.now();
      await worker.stop();
      expect(Date.now() - stopping).toBeLessThan(5000);
    }
  });
});
