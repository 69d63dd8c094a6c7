import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/lib/browser";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://localhost:${port}`;
// Every URL the browser asks for, for the PHI scan after the run (scripts/e2e.ts); one log per
// worker process.
const runDir = process.env.E2E_RUN_DIR;
const netLog = runDir
  ? [`--log-net-log=${runDir}/netlog-${process.pid}-${Math.random().toString(36).slice(2)}.json`]
  : [];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A guard against a hung journey, not a speed check: long journeys run axe on every page.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? findChromium(),
      args: [...chromiumArgs, ...netLog],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node --import tsx e2e/server.ts",
    url: `${baseURL}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
