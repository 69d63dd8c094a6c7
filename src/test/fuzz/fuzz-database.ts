import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { migrateDatabase } from "../../../scripts/lib/migrate";
import { createDatabase, type Database, type Executor } from "~/server/db/client";

/**
 * A migrated database of this fuzz file's own, on the test run's server. The "an invalid input
 * changes nothing" check counts every table's rows, which only means something where no other
 * test file writes at the same time.
 */
export async function ownFuzzDatabase(): Promise<Database> {
  const shared = new URL(inject("databaseUrl"));
  const name = `attune_fuzz_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: shared.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(shared);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  const { db, close } = createDatabase(url.toString(), { max: 2 });
  afterAll(async () => {
    await close();
    const dropper = new pg.Client({ connectionString: shared.toString() });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  });
  return db;
}

export type RowCounts = Record<string, number>;

/**
 * What a refused call may write, by design: an attempt counts against its rate limit, and a wrong
 * second-factor or recovery code is audited. Not counted.
 */
const RECORDED_REFUSALS = {
  skippedTables: ["public.rate_limits"],
  auditActions: ["mfa.failed"],
};

/**
 * A counter of every table's rows (all schemas but PostgreSQL's own, audit events less the
 * recorded refusals), one statement per count; the tables are listed once, after the migrations.
 */
export async function rowCounter(db: Database): Promise<(on: Executor) => Promise<RowCounts>> {
  const tables = await db.execute<{ name: string }>(sql`
    select format('%I.%I', table_schema, table_name) as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
    order by 1`);
  const statement = sql.raw(
    tables.rows
      .filter(({ name }) => !RECORDED_REFUSALS.skippedTables.includes(name))
      .map(({ name }) => {
        const where =
          name === "public.audit_events"
            ? ` where action not in (${RECORDED_REFUSALS.auditActions.map(pgLiteral).join(", ")})`
            : "";
        return `select ${pgLiteral(name)} as name, count(*)::int as n from ${name}${where}`;
      })
      .join(" union all "),
  );
  return async (on) => {
    const counts = await on.execute<{ name: string; n: number }>(statement);
    return Object.fromEntries(counts.rows.map(({ name, n }) => [name, n]));
  };
}

function pgLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The tables whose counts differ, as "table: before → after". */
export function countChanges(before: RowCounts, after: RowCounts): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name] ?? 0} → ${after[name] ?? 0}`);
}
