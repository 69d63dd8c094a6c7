import { env } from "../src/env";
import { startWorker } from "../src/server/jobs/worker";

/** `npm run worker`: email delivery and reminders, as a process of its own (run one or more). */
const started = startWorker({ databaseUrl: env.DATABASE_URL });
started.catch((error: unknown) => {
  console.error(
    `[worker] could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

// Listening before start finishes, so Ctrl-C during start-up still stops cleanly. The second
// signal (the terminal's and a parent's forward) is ignored.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
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
