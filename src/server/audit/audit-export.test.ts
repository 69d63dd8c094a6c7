import { stringify } from "csv-stringify/sync";
import { describe, expect, test } from "vitest";
import { auditEvents } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { auditTrail, seedCouple, seedPractice } from "~/test/factories";
import { auditCsvColumns, auditCsvRecord, auditLogDownload } from "./audit-export";
import { auditEventRows } from "./audit-log";

const db = testDatabase();

type Practice = Awaited<ReturnType<typeof seedPractice>>;

async function download(p: Practice, user: Practice["owner"]["user"] | null, query: string) {
  return auditLogDownload(db, user, { practiceId: p.practiceId }, new URLSearchParams(query));
}

async function csvText(result: Awaited<ReturnType<typeof download>>) {
  if (result.status !== 200) throw new Error(`expected a CSV, got ${result.status}`);
  let text = "";
  for await (const chunk of result.csv) text += String(chunk);
  return text;
}

/** Every page the audit page would show for the same filters, in order. */
async function pageRows(p: Practice, filter: Record<string, string>) {
  const rows = [];
  let before: number | undefined;
  for (;;) {
    const page = await p.owner.api.audit.list({ practiceId: p.practiceId, ...filter, before });
    rows.push(...page.events);
    if (!page.hasMore) return rows;
    before = page.events.at(-1)?.id;
  }
}

describe("the audit log's CSV export", () => {
  test("holds exactly the page's rows for the same filters, across many batches", async () => {
    const p = await seedPractice(db);
    const coupleId = await seedCouple(p, p.therapist.user.id, { label: "=Formula & Co" });
    await db.insert(auditEvents).values(
      Array.from({ length: 1100 }, (_, i) => ({
        practiceId: p.practiceId,
        actorUserId: i % 3 ? p.therapist.user.id : p.admin.user.id,
        action: i % 2 ? "timeline.viewed" : "entry.viewed",
        subjectType: "couple",
        subjectId: coupleId,
        coupleId,
        // Many share a moment, so the batches must page on (created_at, id), not the time alone.
        createdAt: new Date(Date.UTC(2025, 10, 3, 9, Math.floor(i / 40))),
      })),
    );
    const filter = { action: "timeline.viewed", couple: coupleId, from: "2025-11-01" };
    const csv = await csvText(
      await download(p, p.owner.user, new URLSearchParams(filter).toString()),
    );
    const rows = await pageRows(p, filter);
    expect(rows).toHaveLength(550);
    expect(csv).toBe(
      stringify(rows.map(auditCsvRecord), { header: true, columns: [...auditCsvColumns] }),
    );
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe(auditCsvColumns.join(","));
    expect(lines).toHaveLength(551);
    expect(lines.slice(1).map((l) => Number(l.split(",")[0]))).toEqual(rows.map((r) => r.id));
    // A couple's label a spreadsheet would run as a formula is kept as text.
    expect(lines[1]).toContain(",'=Formula & Co,");
    expect(lines[1]).toContain(",timeline.viewed,Viewed the timeline,");
  });

  test("the download itself is audited, with its filters and no text", async () => {
    const p = await seedPractice(db);
    const before = await auditTrail(db, p.practiceId);
    const result = await download(p, p.admin.user, "action=entry.viewed&from=2025-01-01");
    await csvText(result);
    const after = await auditTrail(db, p.practiceId);
    expect(after.slice(before.length)).toMatchObject([
      {
        action: "audit_log.exported",
        actorUserId: p.admin.user.id,
        subjectType: "practice",
        subjectId: p.practiceId,
        details: { filter: { action: "entry.viewed", from: "2025-01-01" } },
      },
    ]);
    // The export happened before the rows were read, so a whole-log export lists itself first.
    const all = await csvText(await download(p, p.owner.user, ""));
    expect(all.split("\n")[1]).toContain("audit_log.exported,Downloaded the audit log");
  });

  test("a therapist is refused (403) and nothing is recorded; a signed-out request must sign in", async () => {
    const p = await seedPractice(db);
    const before = await auditTrail(db, p.practiceId);
    expect((await download(p, p.therapist.user, "")).status).toBe(403);
    expect((await download(p, null, "")).status).toBe(401);
    expect(await auditTrail(db, p.practiceId)).toEqual(before);
  });

  test("unclear filters are a 400 with the message, and nothing is recorded", async () => {
    const p = await seedPractice(db);
    const before = await auditTrail(db, p.practiceId);
    expect(await download(p, p.owner.user, "from=2025-02-10&to=2025-02-01")).toEqual({
      status: 400,
      message: "The last day must be on or after the first day.",
    });
    expect(await auditTrail(db, p.practiceId)).toEqual(before);
  });

  test("OUTSIDER: practice B's owner asking for A's export gets 404, and A's trail is unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const before = await auditTrail(db, a.practiceId);
    expect((await download(a, b.owner.user, "")).status).toBe(404);
    expect(await auditTrail(db, a.practiceId)).toEqual(before);
    // B's own export names none of A's events, even filtered by A's people.
    const own = await csvText(await download(b, b.owner.user, `who=${a.owner.user.id}`));
    expect(own.trimEnd().split("\n")).toHaveLength(1);
    expect(await auditEventRows(db, b, { who: a.owner.user.id }, { limit: 10 })).toEqual([]);
  });
});
