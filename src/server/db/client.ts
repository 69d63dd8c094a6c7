import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";
import { noteDatabaseTrouble } from "./unavailable";
import { nameRepeatedStatements } from "./named-statements";

/** `$client` is the pool: for what Drizzle does not offer (a cursor on a connection of its own). */
export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything that can run a query: the database itself or an open transaction. */
export type Executor = Database | Transaction;

export function createDatabase(url: string, options: { max?: number } = {}) {
  // A request waits at most 5 s for a connection, so an unreachable server means a quick 503.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5000,
  });
  // Without a listener, an idle client's error (e.g. PostgreSQL stopping first) crashes the process.
  pool.on("error", (error) => {
    noteDatabaseTrouble();
    console.error(`[db] idle connection error: ${error.message}`);
  });
  pool.on("connect", nameRepeatedStatements);
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  return { db, close: () => pool.end() };
}
