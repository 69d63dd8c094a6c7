import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../scripts/lib/local-database";

/**
 * The production build, started on `port` against `databaseUrl`; built first if missing, or
 * always with `rebuild` (benchmarks that compare a page before and after a change).
 */
export async function startProductionServer(
  databaseUrl: string,
  port: number,
  { rebuild = false } = {},
): Promise<ChildProcess> {
  const next = path.join(projectRoot, "node_modules/next/dist/bin/next");
  if (rebuild || !existsSync(path.join(projectRoot, ".next/BUILD_ID"))) {
    console.log("Running next build…");
    await new Promise<void>((resolve, reject) => {
      const build = spawn(process.execPath, [next, "build"], {
        cwd: projectRoot,
        stdio: "inherit",
      });
      build.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`next build exited ${code}`)),
      );
    });
  }
  // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...nodeArgs, next, "start", "-p", String(port)], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-bench",
      ATTUNE_DEV_MAILBOX: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`http://localhost:${port}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("the production server did not come up");
}

/** Stop the server and wait for it, so PostgreSQL is not stopped under its feet. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}
