import net from "node:net";
import { describe, expect, test } from "vitest";
import { inject } from "vitest";
import { startWhenReachable } from "./start-when-reachable";
import { startWorker } from "./worker";

/** A local port with nothing listening on it: connecting is refused, as when PostgreSQL is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("starting the worker while the database is down", () => {
  test("it waits, then starts on the real database once it answers, with no pool left open", async () => {
    const down = `postgres://attune:attune@127.0.0.1:${await closedPort()}/attune`;
    const realUrl = inject("databaseUrl");
    const lines: string[] = [];
    const waits: number[] = [];
    let tries = 0;
    const worker = await startWhenReachable(
      // The first three tries meet a refused connection; the fourth finds the database.
      () => {
        tries += 1;
        return startWorker({
          databaseUrl: tries <= 3 ? down : realUrl,
          practiceExports: false,
          log: () => undefined,
        });
      },
      {
        log: (line) => lines.push(line),
        stopping: () => false,
        firstWaitMs: 1000,
        longestWaitMs: 2000,
        wait: (ms) => Promise.resolve(void waits.push(ms)),
      },
    );
    await worker.stop();
    expect(tries).toBe(4);
    expect(waits).toEqual([1000, 2000, 2000]);
    expect(lines).toEqual([
      "the database cannot be reached; trying again in 1 s",
      "the database cannot be reached; trying again in 2 s",
      "the database cannot be reached; trying again in 2 s",
    ]);
  });

  test("a failure that is not an outage (a missing database) is reported at once", async () => {
    const missing = Object.assign(new URL(inject("databaseUrl")), {
      pathname: "/attune_no_such_database",
    }).toString();
    let tries = 0;
    await expect(
      startWhenReachable(
        () => {
          tries += 1;
          return startWorker({
            databaseUrl: missing,
            practiceExports: false,
            log: () => undefined,
          });
        },
        { log: () => undefined, stopping: () => false, wait: () => Promise.resolve() },
      ),
    ).rejects.toThrow(/does not exist/);
    expect(tries).toBe(1);
  });

  test("asked to stop while waiting, it gives up instead of trying again", async () => {
    const down = `postgres://attune:attune@127.0.0.1:${await closedPort()}/attune`;
    let stopping = false;
    let tries = 0;
    await expect(
      startWhenReachable(
        () => {
          tries += 1;
          return startWorker({ databaseUrl: down, practiceExports: false, log: () => undefined });
        },
        {
          log: () => undefined,
          stopping: () => stopping,
          wait: () => {
            stopping = true;
            return Promise.resolve();
          },
        },
      ),
    ).rejects.toThrow("stopped before the database could be reached");
    expect(tries).toBe(1);
  });
});
