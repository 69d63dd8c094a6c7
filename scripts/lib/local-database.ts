import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

/**
 * DATABASE_URL when it is set; otherwise the embedded PostgreSQL, whose data is kept in
 * .data/postgres between runs.
 */
export async function localDatabase(
  log: (line: string) => void,
): Promise<RunningPostgres & { embedded: boolean }> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {}, embedded: false };
  const port = Number(process.env.ATTUNE_PG_PORT ?? 54329);
  const dataDir = path.join(projectRoot, ".data", "postgres");
  log(`Starting the embedded PostgreSQL (data in .data/postgres, port ${port})…`);
  const server = await startEmbeddedPostgres({
    dataDir,
    database: "attune",
    port,
    persistent: true,
  });
  return { ...server, embedded: true };
}
