import { env } from "../src/env";
import { startWhenReachable } from "../src/server/jobs/start-when-reachable";
import { startWorker } from "../src/server/jobs/worker";

/**
 * `npm run worker`: email delivery, reminders, programme weeks and exports, as a process of its
 * own (run one or more). Started while PostgreSQL is down, it waits for it (1 s, doubling to 30 s).
 */
let stopping = false;
const stop = new AbortController();
const started = startWhenReachable(
  () => startWorker({ databaseUrl: env.DATABASE_URL, replicaUrl: env.DATABASE_REPLICA_URL }),
  {
    log: (line) => console.error(`[worker] ${line}`),
    stopping: () => stopping,
  },
);
started.catch((error: unknown) => {
  console.error(
    `[worker] could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(stopping ? 0 : 1);
});

// Listening before start finishes, so Ctrl-C during start-up still stops cleanly. The second
// signal (the terminal's and a parent's forward) is ignored.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stop.abort();
    void started
      .then((worker) => worker.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`[worker] did not stop cleanly: ${String(error)}`);
          process.exit(1);
        },
      );
  });
}
