import { recordAudit } from "~/server/audit/record-audit";
import type { Database } from "~/server/db/client";
import type { PracticeScope } from "~/server/practices/scope";
import { prepFileName } from "~/prep/file-name";
import type { PrepQuery } from "~/validation/prep";
import { renderSessionPrep } from "./render-prep";
import { loadSessionPrep } from "./session-prep";

export interface PrepExport {
  pdf: Buffer;
  /** initials and date, never a name: a download folder or email attachment shows no partner */
  fileName: string;
}

/**
 * Render a visible couple's session-prep PDF (NOT_FOUND otherwise) and audit the export. Reads go
 * to `reads` (the replica, when the request may use it); the audit is written to `db`.
 */
export async function exportSessionPrep(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string; query: PrepQuery },
  now = new Date(),
  reads: Database = db,
): Promise<PrepExport> {
  const { from, to } = args.query;
  const range = from && to ? { from, to } : "since_last_session";
  const prep = await loadSessionPrep(reads, scope, { coupleId: args.coupleId, range }, now);
  const pdf = await renderSessionPrep(prep);
  await recordAudit(
    db,
    scope,
    "prep.exported",
    { type: "couple", id: args.coupleId, coupleId: args.coupleId },
    {
      range: from && to ? "custom" : "since_last_session",
      from: prep.fromDate,
      to: prep.toDate,
      bytes: pdf.length,
    },
  );
  return { pdf, fileName: prepFileName(prep.partnerNames, prep.sessionOn) };
}
