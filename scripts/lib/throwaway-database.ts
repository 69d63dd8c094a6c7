import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrate";

/**
 * A migrated database for tests, journeys and benchmarks: DATABASE_URL when it is set, otherwise
 * a fresh embedded server whose data folder is deleted when it stops.
 */
export async function throwawayDatabase(name: string): Promise<RunningPostgres> {
  const given = process.env.DATABASE_URL;
  const running: RunningPostgres = given
    ? { url: given, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir: mkdtempSync(path.join(tmpdir(), `attune-${name}-pg-`)),
        database: `attune_${name}`,
        port: 0,
        persistent: false,
      });
  await migrateDatabase(running.url);
  return running;
}
