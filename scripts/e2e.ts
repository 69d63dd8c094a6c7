import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureChromium } from "./lib/browser";
import { ensureDebianPackage } from "./lib/system-tools";
import { projectRoot } from "./lib/local-database";
import { throwawayDatabase } from "./lib/throwaway-database";

/**
 * Browser journeys against a production build: find or install Chromium, build, start a fresh
 * embedded PostgreSQL (or use DATABASE_URL), run Playwright. The tests and the server share the
 * database, so a test can check what a person cannot see (an idle session, say).
 */
const log = (line: string) => console.log(`[e2e] ${line}`);

function run(label: string, args: string[], env: Record<string, string> = {}): number {
  log(label);
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return result.status ?? 1;
}

const chromiumPath = ensureChromium(log);
ensureDebianPackage("pdftotext", "poppler-utils", log);
if (process.env.E2E_SKIP_BUILD !== "1") {
  const built = run("next build", [
    path.join(projectRoot, "node_modules/next/dist/bin/next"),
    "build",
  ]);
  if (built !== 0) process.exit(built);
}

const database = await throwawayDatabase("e2e");

const status = run(
  "playwright test",
  [
    path.join(projectRoot, "node_modules/@playwright/test/cli.js"),
    "test",
    ...process.argv.slice(2),
  ],
  {
    CHROMIUM_PATH: chromiumPath,
    DATABASE_URL: database.url,
    // The specs load server modules (to seed data), which need a secret like the server does.
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  },
);
await database.stop();
process.exit(status);
