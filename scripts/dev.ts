import { spawn } from "node:child_process";
import path from "node:path";
import { createDatabase } from "../src/server/db/client";
import { isLoopbackUrl } from "../src/server/local-request";
import { DevOptionsError, resolveDevOptions } from "./lib/dev-options";
import { developmentSecret } from "./lib/dev-secret";
import { localDatabase, projectRoot } from "./lib/local-database";
import { migrateDatabase } from "./lib/migrate";
import { demoStaff, seedDemo } from "./lib/seed-demo";
import { spawnWorker } from "./lib/worker-process";

const log = (line: string) => console.log(`[attune] ${line}`);

let options;
try {
  const { PORT, HOST, APP_URL } = process.env;
  options = resolveDevOptions(process.argv.slice(2), { PORT, HOST, APP_URL });
} catch (error) {
  if (!(error instanceof DevOptionsError)) throw error;
  console.error(`[attune] cannot start: ${error.message}`);
  process.exit(1);
}
const { port, hostname, appUrl } = options;

let authSecret = process.env.AUTH_SECRET;
if (!authSecret) {
  const generated = developmentSecret(path.join(projectRoot, ".data"));
  authSecret = generated.secret;
  if (generated.created) log("Made a development secret in .data/dev-secret (kept between runs).");
}

const database = await localDatabase(log);
await migrateDatabase(database.url);
const { db, close } = createDatabase(database.url, { max: 2 });
const { created } = await seedDemo(db);
await close();
log(created ? "Seeded the demo practice." : "Demo practice already seeded.");

// Next and the worker run in this process group, so Ctrl-C reaches them; PostgreSQL stops after both.
const childEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: authSecret,
  APP_URL: appUrl,
  NEXT_TELEMETRY_DISABLED: "1",
};
const nextArgs = ["dev", "-p", String(port), "-H", hostname];
const next = spawn(
  process.execPath,
  [path.join(projectRoot, "node_modules/next/dist/bin/next"), ...nextArgs],
  { cwd: projectRoot, stdio: ["inherit", "pipe", "inherit"], env: childEnv },
);
const worker = spawnWorker(childEnv);
let stopping = false;
void worker.exited.then((code) => {
  if (!stopping)
    log(`The worker stopped (exit ${code}): email waits in the outbox until a restart.`);
});

let announced = false;
next.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (announced || !chunk.toString().includes("Ready")) return;
  announced = true;
  console.log(readyMessage());
});

function readyMessage(): string {
  const base = appUrl.replace(/\/+$/, "");
  const reach =
    hostname === "127.0.0.1" || hostname === "localhost"
      ? "  Only this computer can reach it (HOST=0.0.0.0 opens it to your network)."
      : `  Listening on ${hostname}: others on your network can reach it.`;
  return [
    "",
    `  Attune is running at ${base}`,
    reach,
    "",
    `  Sign in at ${base}/sign-in with one of the demo accounts:`,
    ...demoStaff.map((s) => `    ${s.email.padEnd(26)} ${s.name} (${s.role})`),
    isLoopbackUrl(base) || process.env.RESEND_API_KEY
      ? `  then open the sign-in link from the local mailbox: ${base}/dev/mailbox`
      : "  The local mailbox is off: APP_URL is not a localhost address (set RESEND_API_KEY to send email).",
    "",
  ].join("\n");
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    next.kill(signal);
    worker.child.kill(signal);
  });
}
next.on("exit", (code) => {
  stopping = true;
  worker.child.kill("SIGTERM");
  void worker.exited.then(() => database.stop()).finally(() => process.exit(code ?? 0));
});
