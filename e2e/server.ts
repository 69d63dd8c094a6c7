import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { projectRoot } from "../scripts/lib/local-database";
import { startStripeDouble } from "../scripts/lib/stripe-double";
import { spawnWorker, teeOutput } from "../scripts/lib/worker-process";

/**
 * Playwright's web server: the production build on E2E_PORT and the worker beside it (journeys
 * read the email it delivers to the local mailbox). SIGTERM stops both.
 */
const port = process.env.E2E_PORT ?? "3100";
if (!process.env.DATABASE_URL) {
  console.error("e2e/server.ts needs DATABASE_URL; run the journeys with `npm run test:e2e`.");
  process.exit(1);
}

// Billing on, against a local Stripe double that signs and sends its webhooks to this server.
// New practices are on a 14-day trial, so journeys that do not subscribe are never limited.
const webhookSecret = "whsec_e2e_attune_double";
const stripe = await startStripeDouble({
  prices: { price_e2e_seat: { unitAmount: 4000 } },
  webhook: { url: `http://localhost:${port}/api/stripe/webhook`, secret: webhookSecret },
});

const env = {
  ...process.env,
  STRIPE_SECRET_KEY: "sk_test_e2e_double",
  STRIPE_WEBHOOK_SECRET: webhookSecret,
  STRIPE_PRICE_ID: "price_e2e_seat",
  STRIPE_API_BASE: stripe.url,
  NODE_ENV: "production" as const,
  APP_URL: `http://localhost:${port}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  ATTUNE_DEV_MAILBOX: "1",
  RESEND_API_KEY: "",
  NEXT_TELEMETRY_DISABLED: "1",
  // Short, so journeys read homework emails at once; still long enough to batch two assignments.
  HOMEWORK_EMAIL_DELAY_SECONDS: process.env.HOMEWORK_EMAIL_DELAY_SECONDS ?? "3",
};

// Both processes' logs also go to the run's folder, for the PHI scan after the run.
const serverLog = process.env.E2E_RUN_DIR
  ? createWriteStream(path.join(process.env.E2E_RUN_DIR, "server.log"), { flags: "a" })
  : undefined;
const next = spawn(
  process.execPath,
  [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", port],
  { cwd: projectRoot, stdio: serverLog ? ["inherit", "pipe", "pipe"] : "inherit", env },
);
if (serverLog) teeOutput(next, serverLog);
const nextExited = new Promise<number>((resolve) => next.on("exit", (code) => resolve(code ?? 0)));
const worker = spawnWorker(env, { output: serverLog });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    next.kill(signal);
    worker.child.kill(signal);
  });
}
void nextExited.then(async (code) => {
  worker.child.kill("SIGTERM");
  await worker.exited;
  await stripe.close();
  process.exit(code);
});
void worker.exited.then((code) => {
  if (next.exitCode === null && next.signalCode === null)
    console.error(`[e2e] the worker stopped early (exit ${code})`);
});
