import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../scripts/lib/local-database";

/** Playwright's web server: the production build on E2E_PORT, email to the local mailbox. */
const port = process.env.E2E_PORT ?? "3100";
if (!process.env.DATABASE_URL) {
  console.error("e2e/server.ts needs DATABASE_URL; run the journeys with `npm run test:e2e`.");
  process.exit(1);
}

const next = spawn(
  process.execPath,
  [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", port],
  {
    cwd: projectRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      ATTUNE_DEV_MAILBOX: "1",
      RESEND_API_KEY: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
);

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
