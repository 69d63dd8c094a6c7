import "server-only";
import { env } from "~/env";
import { createDatabase, type Database } from "./client";

export type { Database } from "./client";

const cache = globalThis as unknown as { attuneDb?: Database };

/** The app's database, created on first use and kept across hot reloads in development. */
export function getDb(): Database {
  cache.attuneDb ??= createDatabase(env.DATABASE_URL).db;
  return cache.attuneDb;
}
