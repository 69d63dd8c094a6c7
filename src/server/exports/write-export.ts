import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { ZipArchive } from "archiver";
import { PassThrough } from "node:stream";
import type pg from "pg";
import { csvText } from "./csv";
import {
  columnsDocument,
  EXPORT_FORMAT_VERSION,
  exportQuery,
  exportTables,
  type ExportTable,
} from "./export-tables";

/** Rows fetched from the cursor at a time: what bounds memory, whatever the practice's size. */
const BATCH = 2000;

export interface ExportProgress {
  tablesDone: number;
  tablesTotal: number;
  rowsDone: number;
}

export interface WrittenExport {
  bytes: number;
  rows: number;
  counts: Record<string, number>;
}

interface WriteArgs {
  practiceId: string;
  /** the zip's final path; it is written beside it and renamed when complete */
  filePath: string;
  now: Date;
  onProgress: (progress: ExportProgress) => Promise<void>;
}

/**
 * Write a practice's zip: each table read through a server-side cursor in one read-only
 * REPEATABLE READ snapshot (so the files agree with each other), streamed row by row through
 * csv-stringify into archiver into the file. `client` is a connection of its own: it holds the
 * snapshot while progress is written elsewhere.
 */
export async function writePracticeExport(
  client: pg.ClientBase,
  args: WriteArgs,
): Promise<WrittenExport> {
  await mkdir(path.dirname(args.filePath), { recursive: true });
  const partial = `${args.filePath}.partial`;
  const output = createWriteStream(partial);
  const archive = new ZipArchive({ zlib: { level: 6 } });
  let failure: Error | undefined;
  const fail = (error: Error) => (failure ??= error);
  archive.on("error", fail);
  output.on("error", fail);
  archive.pipe(output);
  const closed = once(output, "close");
  const counts: Record<string, number> = {};
  let rows = 0;
  try {
    await client.query("begin isolation level repeatable read read only");
    // Every row is read: plan for all of them, not for the first tenth as cursors do by default.
    await client.query("set local cursor_tuple_fraction = 1.0");
    const [practice] = (
      await client.query<{ name: string; time_zone: string }>(
        "select name, time_zone from practices where id = $1",
        [args.practiceId],
      )
    ).rows;
    for (const [index, table] of exportTables.entries()) {
      counts[table.file] = await writeTable(client, archive, table, args.practiceId, async (n) => {
        if (failure) throw failure;
        await args.onProgress({
          tablesDone: index,
          tablesTotal: exportTables.length,
          rowsDone: rows + n,
        });
      });
      rows += counts[table.file]!;
      await args.onProgress({
        tablesDone: index + 1,
        tablesTotal: exportTables.length,
        rowsDone: rows,
      });
    }
    await client.query("commit");
    const manifest = {
      format: "attune-practice-export",
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: args.now.toISOString(),
      practice: { id: args.practiceId, name: practice?.name, timeZone: practice?.time_zone },
      files: exportTables.map((t) => ({
        file: t.file,
        description: t.description,
        rows: counts[t.file],
        columns: t.columns.map((c) => ({ name: c.name, description: c.description })),
      })),
    };
    archive.append(`${JSON.stringify(manifest, null, 2)}\n`, { name: "export.json" });
    archive.append(columnsDocument(), { name: "COLUMNS.md" });
    await archive.finalize();
    await closed;
    if (failure) throw failure;
    await rename(partial, args.filePath);
    return { bytes: (await stat(args.filePath)).size, rows, counts };
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    archive.abort();
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * One CSV file: a header, then the cursor's rows a batch at a time, each batch written as one
 * chunk and only when the zip has taken the previous ones.
 */
async function writeTable(
  client: pg.ClientBase,
  archive: ZipArchive,
  table: ExportTable,
  practiceId: string,
  onBatch: (rowsInTable: number) => Promise<void>,
): Promise<number> {
  const csv = new PassThrough();
  const added = once(archive, "entry");
  archive.append(csv, { name: table.file });
  csv.write(csvText([table.columns.map((c) => c.name)]));
  await client.query(`declare export_rows no scroll cursor for ${exportQuery(table, practiceId)}`);
  let count = 0;
  for (;;) {
    const batch = await client.query<(string | null)[]>({
      text: `fetch forward ${BATCH} from export_rows`,
      rowMode: "array",
    });
    if (batch.rows.length > 0 && !csv.write(csvText(batch.rows))) await once(csv, "drain");
    count += batch.rows.length;
    if (batch.rows.length < BATCH) break;
    await onBatch(count);
  }
  await client.query("close export_rows");
  csv.end();
  await added;
  return count;
}
