import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureChromium } from "./lib/browser";
import { scanJourneyRun } from "./lib/phi-sources";
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
// The server's log and the browser's network logs land here for the PHI scan after the run.
const runDir = mkdtempSync(path.join(tmpdir(), "attune-e2e-run-"));

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
    E2E_RUN_DIR: runDir,
  },
);
const phiClean = await phiScan();
await database.stop();
process.exit(status !== 0 ? status : phiClean ? 0 : 1);

/**
 * No partner's name and nothing a partner wrote may be in the server's log, an email or a URL the
 * browser asked for, anywhere in the run (see scripts/lib/phi-scan.ts). A hit fails the run.
 */
async function phiScan(): Promise<boolean> {
  log("PHI scan: server log, mailbox, browser URLs");
  const { hits, needles, haystacks } = await scanJourneyRun(database.url, runDir);
  if (hits.length === 0) {
    log(`PHI scan: clean (${needles} names and answers searched for in ${haystacks} sources)`);
    rmSync(runDir, { recursive: true, force: true });
    return true;
  }
  log(`PHI scan: ${hits.length} hit(s); the logs are kept in ${runDir}`);
  for (const hit of hits.slice(0, 50)) {
    log(`  ${hit.source}, ${hit.location}: ${hit.label}: ${hit.excerpt}`);
  }
  return false;
}
