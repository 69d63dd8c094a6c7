import "server-only";
import type { Executor } from "~/server/db/client";
import { deliverDueEmails } from "~/server/email/deliver-outbox";
import type { EmailTransport } from "~/server/email/transport";
import { logSafeError } from "~/server/log-safe-error";

const BATCH = 25;

/**
 * Sends outbox email as it becomes due. The outbox table is itself the queue: the web process
 * writes it in its own transaction without pg-boss, so this polls it (one indexed query a
 * second) instead of mirroring each row into a pg-boss queue. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so any number of workers can run this side by side.
 */
export function startOutboxPump(
  db: Executor,
  options: { intervalMs: number; transport?: EmailTransport; log: (line: string) => void },
): { stop: () => Promise<void> } {
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  async function pump() {
    let busy = false;
    try {
      const counts = await deliverDueEmails(db, { transport: options.transport, max: BATCH });
      busy = counts.sent + counts.retrying + counts.failed === BATCH;
      if (counts.retrying + counts.failed > 0) {
        options.log(
          `email: ${counts.sent} sent, ${counts.retrying} to retry, ${counts.failed} failed`,
        );
      }
    } catch (error) {
      // The database being briefly away must not stop the worker; the next tick tries again.
      options.log(`email delivery paused: ${logSafeError(error)}`);
    }
    if (!stopping) timer = setTimeout(run, busy ? 0 : options.intervalMs);
  }

  function run() {
    current = pump();
  }

  run();
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current;
    },
  };
}
