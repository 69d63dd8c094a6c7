import { spawn } from "node:child_process";
import path from "node:path";
import { createDatabase } from "../src/server/db/client";
import { localDatabase, projectRoot } from "./lib/local-database";
import { migrateDatabase } from "./lib/migrate";
import { demoStaff, seedDemo } from "./lib/seed-demo";

const log = (line: string) => console.log(`[attune] ${line}`);
const port = process.env.PORT ?? "3000";

const database = await localDatabase(log);
await migrateDatabase(database.url);
const { db, close } = createDatabase(database.url, { max: 2 });
const { created } = await seedDemo(db);
await close();
log(created ? "Seeded the demo practice." : "Demo practice already seeded.");

// Next runs in this process group, so Ctrl-C reaches it; PostgreSQL stops after it.
const next = spawn(
  process.execPath,
  [path.join(projectRoot, "node_modules/next/dist/bin/next"), "dev", "-p", port],
  {
    cwd: projectRoot,
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
  },
);

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

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => {
  void database.stop().finally(() => process.exit(code ?? 0));
});
