import { stringify, type Stringifier } from "csv-stringify";
import { Readable, pipeline } from "node:stream";
import { z } from "zod";
import type { Database } from "~/server/db/client";
import { isManager } from "~/server/practices/scope";
import { resolveScope } from "~/server/practices/resolve-scope";
import type { SessionUser } from "~/server/trpc/context";
import { auditEventRows, type AuditEventRow } from "./audit-log";
import { auditFilterFromSearch, type AuditFilter } from "./audit-filter";
import { recordAudit } from "./record-audit";

/** Rows fetched per query while streaming: memory stays bounded whatever the log's size. */
const EXPORT_BATCH = 500;

/** The CSV's columns, in order: identifiers, names and action labels, never clinical text. */
export const auditCsvColumns = [
  "event_id",
  "when_utc",
  "who",
  "who_email",
  "action",
  "what",
  "couple",
  "couple_id",
  "subject_type",
  "subject_id",
] as const;

// A cell a spreadsheet would run as a formula is kept as text.
const asText = (value: string | null) =>
  value && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

export function auditCsvRecord(
  e: AuditEventRow,
): Record<(typeof auditCsvColumns)[number], unknown> {
  return {
    event_id: e.id,
    when_utc: e.createdAt.toISOString(),
    who: asText(e.actorName ?? (e.actorUserId ? null : "Partner or system")),
    who_email: asText(e.actorEmail),
    action: e.action,
    what: e.label,
    couple: asText(e.coupleLabel),
    couple_id: e.coupleId,
    subject_type: e.subjectType,
    subject_id: e.subjectId,
  };
}

async function* matchingRecords(db: Database, practiceId: string, filter: AuditFilter) {
  let before: number | undefined;
  for (;;) {
    const rows = await auditEventRows(db, { practiceId }, filter, { before, limit: EXPORT_BATCH });
    for (const row of rows) yield auditCsvRecord(row);
    if (rows.length < EXPORT_BATCH) return;
    before = rows.at(-1)?.id;
  }
}

/**
 * The filtered log as CSV, newest first, streamed a batch of rows at a time (keyset pages, so
 * no query holds a transaction open and nothing is loaded whole). A failure mid-way ends the
 * stream with an error, so a truncated file is never mistaken for a whole one.
 */
function auditCsvStream(db: Database, practiceId: string, filter: AuditFilter): Stringifier {
  const csv = stringify({ header: true, columns: [...auditCsvColumns] });
  pipeline(Readable.from(matchingRecords(db, practiceId, filter)), csv, () => undefined);
  return csv;
}

export type AuditLogDownload =
  | { status: 200; csv: Stringifier; fileName: string }
  | { status: 400; message: string }
  | { status: 401 }
  | { status: 403 }
  | { status: 404 };

const ids = z.object({ practiceId: z.uuid() });

/**
 * The export route's whole decision, as a plain function: signed in, a member of the practice,
 * an owner or admin, valid filters; then the export is audited and the CSV streamed.
 */
export async function auditLogDownload(
  db: Database,
  user: SessionUser | null,
  params: { practiceId: string },
  search: URLSearchParams,
  now = new Date(),
): Promise<AuditLogDownload> {
  if (!user) return { status: 401 };
  const parsedIds = ids.safeParse(params);
  if (!parsedIds.success) return { status: 404 };
  const scope = await resolveScope(db, { userId: user.id, practiceId: parsedIds.data.practiceId });
  if (!scope) return { status: 404 };
  if (!isManager(scope)) return { status: 403 };
  const filter = auditFilterFromSearch(search);
  if (!filter.success) {
    return {
      status: 400,
      message: filter.error.issues[0]?.message ?? "Those filters are not valid.",
    };
  }
  await recordAudit(
    db,
    scope,
    "audit_log.exported",
    { type: "practice", id: scope.practiceId },
    { filter: filter.data },
  );
  return {
    status: 200,
    csv: auditCsvStream(db, scope.practiceId, filter.data),
    fileName: `audit-log-${now.toISOString().slice(0, 10)}.csv`,
  };
}
