import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./local-database";

/**
 * `npm run worker` as a child in this process group, so Ctrl-C reaches it too; `exited` settles
 * with its exit code, for stopping PostgreSQL only after it.
 */
export function spawnWorker(
  env: NodeJS.ProcessEnv,
  { output, quiet = false }: { output?: NodeJS.WritableStream; quiet?: boolean } = {},
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
    // output: its log is teed there too; quiet: its progress lines are left out, errors still shown
    {
      cwd: projectRoot,
      stdio: output
        ? ["inherit", "pipe", "pipe"]
        : quiet
          ? ["ignore", "ignore", "inherit"]
          : "inherit",
      env,
    },
  );
  // With `output`, its log also goes there (the journeys' PHI scan reads it).
  if (output) teeOutput(child, output);
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  return { child, exited };
}

/** A child's stdout and stderr to this process's own, and to `file` as well. */
export function teeOutput(child: ChildProcess, file: NodeJS.WritableStream) {
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    file.write(chunk);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    file.write(chunk);
  });
}
