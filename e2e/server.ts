import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { projectRoot } from "../scripts/lib/local-database";
import { migrateDatabase } from "../scripts/lib/migrate";

/**
 * Playwright's web server: a fresh embedded PostgreSQL (or DATABASE_URL), migrated, and the
 * production build on E2E_PORT, with email going to the local mailbox.
 */
const port = process.env.E2E_PORT ?? "3100";
let url = process.env.DATABASE_URL;
let stopDatabase = async () => {};
if (!url) {
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(tmpdir(), "attune-e2e-pg-")),
    database: "attune_e2e",
    port: 0,
    persistent: false,
  });
  url = server.url;
  stopDatabase = server.stop;
}
await migrateDatabase(url);

const next = spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", port], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    ATTUNE_DEV_MAILBOX: "1",
    RESEND_API_KEY: "",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", async (code) => {
  await stopDatabase();
  process.exit(code ?? 0);
});
