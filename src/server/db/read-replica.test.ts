import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, test } from "vitest";
import { createDatabase } from "~/server/db/client";
import { practices } from "~/server/db/schema";
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
