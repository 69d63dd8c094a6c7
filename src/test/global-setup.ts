import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDatabase } from "../../scripts/lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One migrated database for the run: the embedded server, or DATABASE_URL when it is set. */
export default async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "attune-test-pg-"));
    const server = await startEmbeddedPostgres({
      dataDir,
      database: "attune_test",
      port: 0,
      persistent: false,
    });
    url = server.url;
    stop = server.stop;
  }
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  // Services read the validated env; workers start after this and inherit it.
  process.env.DATABASE_URL = url;
  return stop;
}
