import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import type pg from "pg";
import { afterAll, describe, expect, inject, test } from "vitest";
import { createDatabase } from "~/server/db/client";
import { practiceExports, practices } from "~/server/db/schema";
import { exportTables } from "~/server/exports/export-tables";
import { runPracticeExport } from "~/server/exports/run-export";
import { seedCoupleWithPartners } from "~/test/homework-factories";
import { parseCsv, zipText } from "~/test/zip";
import { sessionPrepDownload } from "~/server/prep/prep-download";
import { createCaller } from "~/server/trpc/root";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith } from "~/test/factories";
import { fixtureRange as range, seedTimelineFixture } from "~/test/timeline-fixture";
import {
  databaseForReads,
  RECENT_WRITE_COOKIE,
  RECENT_WRITE_SECONDS,
  recentWriteCookie,
  wroteRecently,
} from "./read-routing";

const db = testDatabase();

/**
 * What this is: a second pool on the same server, every transaction read-only (as on a hot
 * standby, a write fails with 25006), standing in for DATABASE_REPLICA_URL. It proves which pool
 * serves which statement; replication lag itself is not simulated.
 */
function replicaUrl(url: string) {
  const u = new URL(url);
  u.searchParams.set("options", "-c default_transaction_read_only=on");
  u.searchParams.set("application_name", "attune-replica-test");
  return u.toString();
}
const replica = createDatabase(replicaUrl(inject("databaseUrl")), { max: 4 });
afterAll(replica.close);

/** Statements each pool serves while `run` runs (this file's tests run one at a time). */
async function servedBy(run: () => Promise<unknown>) {
  const count = { primary: 0, replica: 0 };
  const onPrimary = () => count.primary++;
  const onReplica = () => count.replica++;
  db.$client.on("acquire", onPrimary);
  replica.db.$client.on("acquire", onReplica);
  try {
    await run();
  } finally {
    db.$client.off("acquire", onPrimary);
    replica.db.$client.off("acquire", onReplica);
  }
  return count;
}

/**
 * The text of every statement each pool's connections run while `run` runs, through pg's
 * `query` on the clients the pools hand out (Drizzle and raw pg calls alike).
 */
async function statementsOn(run: () => Promise<unknown>) {
  const seen = { primary: [] as string[], replica: [] as string[] };
  let recording = true;
  const watch = (into: string[]) => (client: pg.PoolClient) => {
    const patched = client as pg.PoolClient & { attuneWatched?: (text: string) => void };
    patched.attuneWatched = (text) => {
      if (recording) into.push(text);
    };
    if ((patched.query as { watched?: boolean }).watched) return;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]) => {
      const first = args[0] as string | { text?: string };
      patched.attuneWatched?.(typeof first === "string" ? first : (first.text ?? ""));
      return query(...args);
    };
    wrapped.watched = true;
    client.query = wrapped as typeof client.query;
  };
  const onPrimary = watch(seen.primary);
  const onReplica = watch(seen.replica);
  db.$client.on("acquire", onPrimary);
  replica.db.$client.on("acquire", onReplica);
  try {
    await run();
  } finally {
    recording = false;
    db.$client.off("acquire", onPrimary);
    replica.db.$client.off("acquire", onReplica);
  }
  return seen;
}

describe("read replica", () => {
  test("the stand-in replica refuses writes, as a standby does", async () => {
    const error: unknown = await replica.db
      .update(practices)
      .set({ name: "x" })
      .where(eq(practices.id, "00000000-0000-0000-0000-000000000000"))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(
      (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code,
    ).toBe("25006");
  });

  test("timeline.forCouple reads from the replica; its audit goes to the primary", async () => {
    const { p, coupleId } = await seedTimelineFixture(db);
    const api = createCaller({ db, readDb: replica.db, user: p.therapist.user });
    const before = (await auditTrail(db, p.practiceId)).length;
    let entries = 0;
    const served = await servedBy(async () => {
      const t = await api.timeline.forCouple({ practiceId: p.practiceId, coupleId, range });
      entries = t.entries.length;
    });
    expect(entries).toBeGreaterThan(0);
    expect(served).toEqual({ primary: 1, replica: 8 });
    const trail = await auditTrail(db, p.practiceId);
    expect(trail).toHaveLength(before + 1);
    expect(trail.at(-1)?.action).toBe("timeline.viewed");
  });

  test("the session-prep PDF reads from the replica; the export audit goes to the primary", async () => {
    const { p, coupleId } = await seedTimelineFixture(db);
    const search = new URLSearchParams({ from: range.from, to: range.to });
    let status = 0;
    const served = await servedBy(async () => {
      const result = await sessionPrepDownload(
        db,
        p.therapist.user,
        { practiceId: p.practiceId, coupleId },
        search,
        new Date(),
        replica.db,
      );
      status = result.status;
    });
    expect(status).toBe(200);
    expect(served.primary).toBe(1);
    expect(served.replica).toBeGreaterThan(1);
    expect((await auditTrail(db, p.practiceId)).at(-1)?.action).toBe("prep.exported");
  });

  test("a practice export reads its rows from the replica; its claim, progress and result go to the primary", async () => {
    const s = await seedCoupleWithPartners(db);
    const asked = await s.p.owner.api.practiceExport.request({ practiceId: s.p.practiceId });
    const dir = mkdtempSync(path.join(tmpdir(), "attune-export-replica-"));
    let outcome = "";
    const seen = await statementsOn(async () => {
      outcome = await runPracticeExport(db, asked.id, { dir, reads: replica.db });
    });
    expect(outcome).toBe("built");
    const declares = (texts: string[]) => texts.filter((t) => t.startsWith("declare export_rows"));
    expect(declares(seen.replica)).toHaveLength(exportTables.length);
    expect(declares(seen.primary)).toHaveLength(0);
    expect(seen.replica.some((t) => t.includes("pg_last_wal_replay_lsn"))).toBe(true);
    expect(seen.primary.some((t) => /^update "practice_exports"/.test(t))).toBe(true);
    const [row] = await db.select().from(practiceExports).where(eq(practiceExports.id, asked.id));
    expect(row).toMatchObject({ status: "ready" });
    const couples = parseCsv(zipText(row!.filePath!, "couples.csv"));
    expect(couples.slice(1).map((r) => r[couples[0]!.indexOf("id")])).toEqual([s.coupleId]);
  });

  test("right after a write (the marker cookie), reads go to the primary", () => {
    const setCookie = recentWriteCookie(true);
    expect(setCookie).toContain(`Max-Age=${RECENT_WRITE_SECONDS}`);
    expect(setCookie).toContain("HttpOnly");
    // What the browser sends back: the name=value part of the Set-Cookie.
    const sentBack = `other=1; ${setCookie.split(";")[0]}`;
    expect(wroteRecently(sentBack)).toBe(true);
    expect(wroteRecently("other=1")).toBe(false);
    expect(wroteRecently(null)).toBe(false);
    expect(wroteRecently(`not_${RECENT_WRITE_COOKIE}=1`)).toBe(false);
    expect(databaseForReads(db, replica.db, wroteRecently(sentBack))).toBe(db);
    expect(databaseForReads(db, replica.db, wroteRecently("other=1"))).toBe(replica.db);
    expect(databaseForReads(db, null, false)).toBe(db);
  });

  test("timeline.forCouple checks membership in its first statement: outsider 404, second factor", async () => {
    const { p, coupleId } = await seedTimelineFixture(db);
    const other = await seedTimelineFixture(db);
    const outsider = createCaller({ db, readDb: replica.db, user: other.p.therapist.user });
    await rejectsWith(
      outsider.timeline.forCouple({ practiceId: p.practiceId, coupleId, range }),
      "NOT_FOUND",
    );
    await db.update(practices).set({ requireMfa: true }).where(eq(practices.id, p.practiceId));
    const member = createCaller({ db, readDb: replica.db, user: p.therapist.user });
    await rejectsWith(
      member.timeline.forCouple({ practiceId: p.practiceId, coupleId, range }),
      "FORBIDDEN",
    );
  });
});
