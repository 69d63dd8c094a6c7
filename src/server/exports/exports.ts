import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "~/server/db/client";
import { practiceExports } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { recordAudit } from "~/server/audit/record-audit";
import type { PracticeScope } from "~/server/practices/scope";
import { takeRateLimit } from "~/server/rate-limit/rate-limit";
import { sendExportJob } from "./export-queue";

/** Exports a practice may ask for in a day: each is the whole practice, built by the worker. */
const EXPORTS_PER_DAY = 5;

export interface PracticeExportView {
  id: string;
  status: "queued" | "running" | "ready" | "failed" | "expired";
  tablesDone: number;
  tablesTotal: number;
  rowsDone: number;
  bytes: number | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
  downloadedAt: Date | null;
}

/** The whole practice, clinical notes included, leaves with an export: owners only. */
function assertOwner(scope: PracticeScope): void {
  if (scope.role !== "owner") {
    throw new DomainError("FORBIDDEN", "Only the practice's owners can export its data.");
  }
}

function view(row: typeof practiceExports.$inferSelect, now: Date): PracticeExportView {
  const expired = row.status === "ready" && row.expiresAt !== null && row.expiresAt <= now;
  return {
    id: row.id,
    status: expired ? "expired" : (row.status as PracticeExportView["status"]),
    tablesDone: row.tablesDone,
    tablesTotal: row.tablesTotal,
    rowsDone: row.rowsDone,
    bytes: row.bytes,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    expiresAt: row.expiresAt,
    downloadedAt: row.downloadedAt,
  };
}

/** The practice's recent exports, newest first. */
export async function listPracticeExports(
  db: Executor,
  scope: PracticeScope,
  now = new Date(),
): Promise<PracticeExportView[]> {
  assertOwner(scope);
  const rows = await db
    .select()
    .from(practiceExports)
    .where(eq(practiceExports.practiceId, scope.practiceId))
    .orderBy(desc(practiceExports.createdAt))
    .limit(10);
  return rows.map((row) => view(row, now));
}

/**
 * Ask for an export. One at a time: while one is being built, asking again returns it. The
 * request is audited; the worker builds it and emails the owner when it is ready.
 */
export async function requestPracticeExport(
  db: Database,
  scope: PracticeScope,
  now = new Date(),
): Promise<PracticeExportView> {
  assertOwner(scope);
  const building = await exportInProgress(db, scope.practiceId);
  if (building) return view(building, now);
  const allowed = await takeRateLimit(db, {
    key: `practice-export:${scope.practiceId}`,
    limit: EXPORTS_PER_DAY,
    windowSeconds: 24 * 60 * 60,
    now,
  });
  if (!allowed) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      `A practice can ask for ${EXPORTS_PER_DAY} exports a day. Try again tomorrow, or download the latest one.`,
    );
  }
  const { row, created } = await db.transaction(async (tx) => {
    // Two owners pressing at once make one export: the second waits here, then finds it.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('practice-export-request'), hashtext(${scope.practiceId}))`,
    );
    const existing = await exportInProgress(tx, scope.practiceId);
    if (existing) return { row: existing, created: false };
    const [inserted] = await tx
      .insert(practiceExports)
      .values({ practiceId: scope.practiceId, requestedByUserId: scope.userId })
      .returning();
    if (!inserted) throw new Error("insert returned no export");
    await recordAudit(tx, scope, "practice_export.requested", {
      type: "practice_export",
      id: inserted.id,
    });
    return { row: inserted, created: true };
  });
  if (created) await sendExportJob(db, row.id);
  return view(row, now);
}

async function exportInProgress(db: Executor, practiceId: string) {
  const [row] = await db
    .select()
    .from(practiceExports)
    .where(
      and(
        eq(practiceExports.practiceId, practiceId),
        inArray(practiceExports.status, ["queued", "running"]),
      ),
    )
    .limit(1);
  return row;
}
