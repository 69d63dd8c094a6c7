import "server-only";
import { env } from "~/env";
import { createDatabase, type Database } from "./client";
import { databaseForReads, wroteRecently } from "./read-routing";

export type { Database } from "./client";

const cache = globalThis as unknown as { attuneDb?: Database; attuneReplicaDb?: Database | null };

/** The app's database, created on first use and kept across hot reloads in development. */
export function getDb(): Database {
  cache.attuneDb ??= createDatabase(env.DATABASE_URL).db;
  return cache.attuneDb;
}

/** The replica (DATABASE_REPLICA_URL), or null without one. */
function getReplicaDb(): Database | null {
  if (cache.attuneReplicaDb === undefined) {
    cache.attuneReplicaDb = env.DATABASE_REPLICA_URL
      ? createDatabase(env.DATABASE_REPLICA_URL).db
      : null;
  }
  return cache.attuneReplicaDb;
}

/** For the timeline and session-prep reads of a request: the replica unless it just wrote. */
export function getReadDb(cookieHeader: string | null): Database {
  return databaseForReads(getDb(), getReplicaDb(), wroteRecently(cookieHeader));
}
