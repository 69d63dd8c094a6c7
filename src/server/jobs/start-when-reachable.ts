import { setTimeout as sleep } from "node:timers/promises";
import { isDatabaseUnavailable } from "~/server/db/unavailable";

export interface RetryOptions {
  /** the first wait after a failed try; it doubles up to `longestWaitMs` */
  firstWaitMs?: number;
  longestWaitMs?: number;
  log: (line: string) => void;
  /** true once the process is asked to stop: no further try is made */
  stopping: () => boolean;
  /** aborted when the process is asked to stop: cuts a wait short */
  signal?: AbortSignal;
  wait?: (ms: number, signal?: AbortSignal) => Promise<unknown>;
}

/**
 * Runs `start` until it succeeds, waiting between tries while the database cannot be reached (a
 * host still booting, a failover): a worker started during an outage waits for PostgreSQL instead
 * of exiting. Any other failure (a wrong password, a missing database) is thrown at once.
 */
export async function startWhenReachable<T>(
  start: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const wait =
    options.wait ??
    ((ms: number, signal?: AbortSignal) => sleep(ms, undefined, { signal }).catch(() => undefined));
  const longest = options.longestWaitMs ?? 30_000;
  for (let delay = options.firstWaitMs ?? 1000; ; delay = Math.min(delay * 2, longest)) {
    try {
      return await start();
    } catch (error) {
      if (options.stopping() || !isDatabaseUnavailable(error)) throw error;
      options.log(`the database cannot be reached; trying again in ${delay / 1000} s`);
      await wait(delay, options.signal);
      if (options.stopping()) throw new Error("stopped before the database could be reached");
    }
  }
}
