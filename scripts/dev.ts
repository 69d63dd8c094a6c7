import { spawn } from "node:child_process";
import path from "node:path";
import { createDatabase } from "../src/server/db/client";
import { localDatabase, projectRoot } from "./lib/local-database";
import { migrateDatabase } from "./lib/migrate";
import { demoStaff, seedDemo } from "./lib/seed-demo";
import { spawnWorker } from "./lib/worker-process";

const log = (line: string) => console.log(`[attune] ${line}`);
const port = process.env.PORT ?? "3000";

const database = await localDatabase(log);
await migrateDatabase(database.url);
const { db, close } = createDatabase(database.url, { max: 2 });
const { created } = await seedDemo(db);
await close();
log(created ? "Seeded the demo practice." : "Demo practice already seeded.");

// Next and the worker run in this process group, so Ctrl-C reaches them; PostgreSQL stops after both.
const childEnv = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };
const next = spawn(
  process.execPath,
  [path.join(projectRoot, "node_modules/next/dist/bin/next"), "dev", "-p", port],
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
  const base = `http://localhost:${port}`;
  console.log(
    [
      "",
      `  Attune is running at ${base}`,
      "",
      `  Sign in at ${base}/sign-in with one of the demo accounts:`,
      ...demoStaff.map((s) => `    ${s.email.padEnd(26)} ${s.name} (${s.role})`),
      `  then open the sign-in link from the local mailbox: ${base}/dev/mailbox`,
      "",
    ].join("\n"),
  );
});

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
