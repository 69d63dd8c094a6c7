import { drizzle as drizzlePostgresJs } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database } from "../src/server/db/client";
import * as schema from "../src/server/db/schema";

/**
 * The same database through postgres.js (Drizzle's other first-class driver), which pipelines
 * queries sent at once on a connection. For read paths built only from the query builder and
 * `execute` (its rows are given the `rows` that node-postgres code reads); `$client` is not a
 * pg.Pool, so nothing that opens a cursor may use it. Kept for bench:drivers: it did not win here, so the app stays on `pg`.
 */
export function createPostgresJsDatabase(url: string, options: { max?: number } = {}) {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgresJs({ client, schema, casing: "snake_case" });
  const execute = db.execute.bind(db);
  Object.assign(db, {
    execute: async (query: Parameters<typeof execute>[0]) => {
      const rows = await execute(query);
      return Object.assign(rows, { rows: [...rows] });
    },
  });
  return { db: db as unknown as Database, close: () => client.end({ timeout: 5 }) };
}
