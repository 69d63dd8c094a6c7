import { stat } from "node:fs/promises";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~/server/db/client";
import { practiceExports } from "~/server/db/schema";
import { recordAudit } from "~/server/audit/record-audit";
import { resolveScope } from "~/server/practices/resolve-scope";
import type { SessionUser } from "~/server/trpc/context";

export type ExportDownload =
  | { status: 200; filePath: string; fileName: string; bytes: number }
  | { status: 401 }
  | { status: 403 }
  | { status: 404 }
  | { status: 410 };

const ids = z.object({ practiceId: z.uuid(), exportId: z.uuid() });

/**
 * The download route's whole decision: signed in, an owner of the practice (another practice's
 * export is simply not found), the export ready and not expired, its file present. A download
 * is audited and stamped on the export.
 */
export async function practiceExportDownload(
  db: Database,
  user: SessionUser | null,
  params: { practiceId: string; exportId: string },
  now = new Date(),
): Promise<ExportDownload> {
  if (!user) return { status: 401 };
  const parsed = ids.safeParse(params);
  if (!parsed.success) return { status: 404 };
  const { practiceId, exportId } = parsed.data;
  const scope = await resolveScope(db, { userId: user.id, practiceId });
  if (!scope) return { status: 404 };
  const [row] = await db
    .select()
    .from(practiceExports)
    .where(and(eq(practiceExports.id, exportId), eq(practiceExports.practiceId, practiceId)));
  if (!row) return { status: 404 };
  if (scope.role !== "owner") return { status: 403 };
  if (row.status !== "ready" || !row.filePath || !row.expiresAt || row.expiresAt <= now) {
    return { status: 410 };
  }
  const file = await stat(row.filePath).catch(() => null);
  if (!file) return { status: 410 };
  await db.transaction(async (tx) => {
    await tx
      .update(practiceExports)
      .set({ downloadedAt: now })
      .where(eq(practiceExports.id, row.id));
    await recordAudit(tx, scope, "practice_export.downloaded", {
      type: "practice_export",
      id: row.id,
    });
  });
  const day = (row.finishedAt ?? row.createdAt).toISOString().slice(0, 10);
  return {
    status: 200,
    filePath: row.filePath,
    fileName: `attune-export-${day}.zip`,
    bytes: file.size,
  };
}
