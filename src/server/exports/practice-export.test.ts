import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { devMailbox, emailOutbox, entries, practiceExports } from "~/server/db/schema";
import { deliverDueEmails } from "~/server/email/deliver-outbox";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { raiseHelpButtonFlag } from "~/test/safety-factories";
import { parseCsv, zipEntries, zipText } from "~/test/zip";
import { practiceExportDownload } from "./download";
import { removeExpiredExports } from "./expire";
import { exportQuery, exportTables } from "./export-tables";
import { runPracticeExport } from "./run-export";

const db = testDatabase();
const NOTES = 'Talked about "the fight", then a repair,\nslowly; they laughed.';

async function scene() {
  const s = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(s.p, s.coupleId);
  const alex = await openAsPartner(db, s.p, s.a.id);
  const entry = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
  await s.p.therapist.api.therapySessions.record({
    practiceId: s.p.practiceId,
    coupleId: s.coupleId,
    sessionOn: "2026-11-02",
    notes: NOTES,
  });
  await raiseHelpButtonFlag(db, s);
  const dir = mkdtempSync(path.join(tmpdir(), "attune-export-"));
  return { ...s, entryId: entry.id, dir };
}

/** An export asked for by the owner, as the page does. */
async function requested(s: Awaited<ReturnType<typeof scene>>) {
  return s.p.owner.api.practiceExport.request({ practiceId: s.p.practiceId });
}

async function exportRow(id: string) {
  const [row] = await db.select().from(practiceExports).where(eq(practiceExports.id, id));
  return row!;
}

async function queryRows(sqlText: string): Promise<string[][]> {
  const result = await db.$client.query<string[]>({ text: sqlText, rowMode: "array" });
  return result.rows.map((row) => row.map((cell) => cell ?? ""));
}

describe("the practice export", () => {
  test("writes one CSV per table equal to the practice's rows, a manifest and the columns; emails the owner only a link", async () => {
    const s = await scene();
    const other = await scene();
    const asked = await requested(s);
    expect(asked.status).toBe("queued");

    expect(await runPracticeExport(db, asked.id, { dir: s.dir })).toBe("built");

    const row = await exportRow(asked.id);
    expect(row).toMatchObject({ status: "ready", tablesDone: exportTables.length });
    expect(row.tablesTotal).toBe(exportTables.length);
    const days = (row.expiresAt!.getTime() - row.finishedAt!.getTime()) / 86_400_000;
    expect(days).toBe(7);
    const zip = row.filePath!;
    expect(zip.startsWith(s.dir)).toBe(true);
    expect(zipEntries(zip).sort()).toEqual(
      [...exportTables.map((t) => t.file), "export.json", "COLUMNS.md"].sort(),
    );

    // Every file, parsed back, is exactly its table's rows (nulls as empty cells), header first.
    let total = 0;
    for (const table of exportTables) {
      const [header, ...rows] = parseCsv(zipText(zip, table.file));
      expect(header).toEqual(table.columns.map((c) => c.name));
      expect(rows).toEqual(await queryRows(exportQuery(table, s.p.practiceId)));
      total += rows.length;
    }
    expect(row.rowsDone).toBe(total);

    const csv = (file: string) => {
      const [header, ...rows] = parseCsv(zipText(zip, file));
      return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    };
    const couples = csv("couples.csv");
    expect(couples.map((c) => c.id)).toEqual([s.coupleId]);
    expect(couples.map((c) => c.id)).not.toContain(other.coupleId);
    expect(csv("therapy_sessions.csv")[0]?.notes).toBe(NOTES);
    const [stored] = await db.select().from(entries).where(eq(entries.id, s.entryId));
    const [exported] = csv("entries.csv");
    expect(JSON.parse(exported!.payload!)).toEqual(stored!.payload);
    const answers = csv("entry_answers.csv").filter((a) => a.entry_id === s.entryId);
    const intensity = answers.find((a) => a.field === "intensity");
    expect(intensity?.value).toBe(String(stored!.payload.intensity));
    expect(csv("safety_flags.csv")).toHaveLength(1);
    expect(
      csv("members.csv")
        .map((m) => m.role)
        .sort(),
    ).toEqual(["admin", "owner", "therapist", "therapist"]);

    const manifest = JSON.parse(zipText(zip, "export.json")) as {
      formatVersion: number;
      exportedAt: string;
      practice: { id: string };
      files: { file: string; rows: number; columns: { name: string; description: string }[] }[];
    };
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.practice.id).toBe(s.p.practiceId);
    expect(new Date(manifest.exportedAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(manifest.files.find((f) => f.file === "therapy_sessions.csv")?.rows).toBe(1);
    for (const file of manifest.files) {
      expect(file.columns.every((c) => c.description.length > 0)).toBe(true);
    }
    expect(zipText(zip, "COLUMNS.md")).toContain("## entries.csv");

    const mail = await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, asked.id));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      to: s.p.owner.user.email,
      template: "practice_export_ready",
      props: { exportId: asked.id },
    });
    await deliverDueEmails(db, { practiceId: s.p.practiceId });
    const [sent] = await db
      .select()
      .from(devMailbox)
      .where(
        and(
          eq(devMailbox.to, s.p.owner.user.email),
          eq(devMailbox.subject, "Your practice export is ready"),
        ),
      );
    expect(sent?.text).toContain(`/p/${s.p.practiceId}/export`);
    const couple = couples[0]!;
    for (const secret of [NOTES, couple.label!, "Alex", "Sam", "therapy_sessions"]) {
      expect(JSON.stringify(sent)).not.toContain(secret);
    }
    const actions = (await auditTrail(db, s.p.practiceId)).map((e) => e.action);
    expect(actions).toContain("practice_export.requested");
  });

  test("a retried job builds nothing twice, a crashed run is built again, a live run is left alone", async () => {
    const s = await scene();
    const first = await requested(s);
    expect(await runPracticeExport(db, first.id, { dir: s.dir })).toBe("built");
    expect(await runPracticeExport(db, first.id, { dir: s.dir })).toBe("finished already");
    const mail = await db.select().from(emailOutbox).where(eq(emailOutbox.subjectId, first.id));
    expect(mail).toHaveLength(1);
    expect(readdirSync(path.join(s.dir, s.p.practiceId))).toEqual([`${first.id}.zip`]);

    // A worker died mid-way: "running", but nobody holds its lock.
    const crashed = await requested(s);
    expect(crashed.id).not.toBe(first.id);
    await db
      .update(practiceExports)
      .set({ status: "running", tablesDone: 3, rowsDone: 12 })
      .where(eq(practiceExports.id, crashed.id));
    expect(await runPracticeExport(db, crashed.id, { dir: s.dir })).toBe("built");
    expect((await exportRow(crashed.id)).status).toBe("ready");

    // Another worker is building this one: the duplicate job steps aside.
    const live = await requested(s);
    const holder = await db.$client.connect();
    try {
      await holder.query("select pg_advisory_lock(hashtext('practice-export'), hashtext($1))", [
        live.id,
      ]);
      expect(await runPracticeExport(db, live.id, { dir: s.dir })).toBe("busy");
      expect((await exportRow(live.id)).status).toBe("queued");
    } finally {
      await holder.query("select pg_advisory_unlock_all()");
      holder.release();
    }
  });

  test("asking again while one is being built returns that one, even asking twice at once", async () => {
    const s = await scene();
    const [first, second] = await Promise.all([requested(s), requested(s)]);
    expect(second.id).toBe(first.id);
    const again = await requested(s);
    expect(again.id).toBe(first.id);
    const rows = await db
      .select()
      .from(practiceExports)
      .where(eq(practiceExports.practiceId, s.p.practiceId));
    expect(rows).toHaveLength(1);
  });

  test("the download is the owner's, audited and stamped; refused to others; gone once expired", async () => {
    const s = await scene();
    const asked = await requested(s);
    await runPracticeExport(db, asked.id, { dir: s.dir });
    const ids = { practiceId: s.p.practiceId, exportId: asked.id };
    const other = await seedCoupleWithPartners(db);

    expect(await practiceExportDownload(db, null, ids)).toEqual({ status: 401 });
    expect(await practiceExportDownload(db, other.p.owner.user, ids)).toEqual({ status: 404 });
    expect(
      await practiceExportDownload(db, other.p.owner.user, {
        practiceId: other.p.practiceId,
        exportId: asked.id,
      }),
    ).toEqual({ status: 404 });
    expect(await practiceExportDownload(db, s.p.admin.user, ids)).toEqual({ status: 403 });
    expect(await practiceExportDownload(db, s.p.therapist.user, ids)).toEqual({ status: 403 });
    expect((await exportRow(asked.id)).downloadedAt).toBeNull();

    const download = await practiceExportDownload(db, s.p.owner.user, ids);
    expect(download).toMatchObject({ status: 200, filePath: (await exportRow(asked.id)).filePath });
    expect((await exportRow(asked.id)).downloadedAt).not.toBeNull();
    const downloads = (await auditTrail(db, s.p.practiceId)).filter(
      (e) => e.action === "practice_export.downloaded",
    );
    expect(downloads).toMatchObject([
      { actorUserId: s.p.owner.user.id, subjectType: "practice_export", subjectId: asked.id },
    ]);

    const file = (await exportRow(asked.id)).filePath!;
    await db
      .update(practiceExports)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(practiceExports.id, asked.id));
    expect(await practiceExportDownload(db, s.p.owner.user, ids)).toEqual({ status: 410 });
    const listed = await s.p.owner.api.practiceExport.list({ practiceId: s.p.practiceId });
    expect(listed[0]).toMatchObject({ id: asked.id, status: "expired" });

    expect(await removeExpiredExports(db)).toBeGreaterThanOrEqual(1);
    expect(existsSync(file)).toBe(false);
    expect(await exportRow(asked.id)).toMatchObject({ status: "expired", filePath: null });
    expect(await practiceExportDownload(db, s.p.owner.user, ids)).toEqual({ status: 410 });
  });

  test("another practice gets NOT_FOUND, admins and therapists FORBIDDEN, and nothing is asked for", async () => {
    const s = await scene();
    const b = await seedCoupleWithPartners(db);
    const before = await auditTrail(db, s.p.practiceId);
    const practiceId = s.p.practiceId;
    await rejectsWith(b.p.owner.api.practiceExport.request({ practiceId }), "NOT_FOUND");
    await rejectsWith(b.p.owner.api.practiceExport.list({ practiceId }), "NOT_FOUND");
    for (const member of [s.p.admin, s.p.therapist]) {
      await rejectsWith(member.api.practiceExport.request({ practiceId }), "FORBIDDEN");
      await rejectsWith(member.api.practiceExport.list({ practiceId }), "FORBIDDEN");
    }
    const rows = await db
      .select()
      .from(practiceExports)
      .where(and(eq(practiceExports.practiceId, practiceId)));
    expect(rows).toEqual([]);
    expect(await auditTrail(db, practiceId)).toEqual(before);
  });
});
