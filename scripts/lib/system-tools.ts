import { execFileSync, spawnSync } from "node:child_process";

/** Whether a command is on the PATH. */
function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/**
 * Make sure a Debian package that provides `command` is installed: tests read PDFs with
 * poppler and drive Debian's Chromium. As root on a fresh machine, install it; otherwise say how.
 */
export function ensureDebianPackage(
  command: string,
  debianPackage: string,
  log: (line: string) => void = console.log,
) {
  if (hasCommand(command)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${command} is missing. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${debianPackage}\`).`,
    );
  }
  log(`${command} is missing: installing Debian's ${debianPackage}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", debianPackage], { stdio: "inherit", env });
  if (!hasCommand(command)) throw new Error(`apt-get finished but ${command} is still missing.`);
}
