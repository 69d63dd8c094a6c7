import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./local-database";

/**
 * `npm run worker` as a child in this process group, so Ctrl-C reaches it too; `exited` settles
 * with its exit code, for stopping PostgreSQL only after it.
 */
export function spawnWorker(
  env: NodeJS.ProcessEnv,
  { quiet = false }: { quiet?: boolean } = {},
): {
  child: ChildProcess;
  exited: Promise<number>;
} {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/register.mjs",
      path.join(projectRoot, "scripts/worker.ts"),
    ],
    // quiet: its progress lines are left out, its errors still shown
    { cwd: projectRoot, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", env },
  );
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  return { child, exited };
}
