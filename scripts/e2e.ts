import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureChromium } from "./lib/browser";
import { projectRoot } from "./lib/local-database";

/** Browser journeys against a production build: find or install Chromium, build, run Playwright. */
function run(label: string, args: string[], env: Record<string, string> = {}) {
  console.log(`[e2e] ${label}`);
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const chromiumPath = ensureChromium((line) => console.log(`[e2e] ${line}`));
if (process.env.E2E_SKIP_BUILD !== "1") {
  run("next build", [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"]);
}
run("playwright test", [path.join(projectRoot, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
  CHROMIUM_PATH: chromiumPath,
});
