import { readdirSync, readFileSync } from "node:fs";

/** Linux clock ticks per second for /proc's CPU times (USER_HZ, 100 on every common kernel). */
const TICK_MS = 10;

function stat(pid: number | string): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields start after it.
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds (user + system) a process and its children have used so far: its own, its
 * children that have exited, and those still running (PostgreSQL's backends, one per
 * connection). On a shared machine this counts the work a request costs, whatever the wait.
 */
export function processTreeCpuMs(pid: number): number {
  const own = stat(pid);
  if (!own) return 0;
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(entry);
    if (child && Number(child[1]) === pid) ticks += Number(child[11]) + Number(child[12]);
  }
  return ticks * TICK_MS;
}
