import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, inject, test } from "vitest";
import { appRouter } from "~/server/trpc/root";
import { retryAfterWhenUnavailable } from "~/server/trpc/unavailable-meta";
import { testDatabase } from "~/test/db";
import { createDatabase } from "./client";
import {
  databaseLooksReachable,
  databaseUnavailableResponse,
  isDatabaseUnavailable,
  noteDatabaseTrouble,
  UNAVAILABLE_MESSAGE,
} from "./unavailable";

const db = testDatabase();

/** A database nobody listens for: what the app meets while PostgreSQL is stopped. */
function stoppedDatabase() {
  const url = new URL(inject("databaseUrl"));
  url.port = "1";
  return createDatabase(url.toString(), { max: 1 });
}

describe("which errors mean the database is away", () => {
  test("a refused connection, through Drizzle's wrapper, is one", async () => {
    const stopped = stoppedDatabase();
    const error = await stopped.db.execute(sql`select 1`).catch((e: unknown) => e);
    await stopped.close();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("a connection the server ends (PostgreSQL shutting down: 57P01) is one", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    client.on("error", () => undefined);
    await client.connect();
    const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
    await db.execute(sql`select pg_terminate_backend(${rows[0]!.pid})`);
    const error = await client.query("select 1").catch((e: unknown) => e);
    await client.end().catch(() => undefined);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("a bad query or a broken rule is not: that stays a bug, not a 503", async () => {
    const error = await db.execute(sql`select * from no_such_table`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});

describe("the answer during an outage", () => {
  test("tRPC answers 503 with Retry-After and the plain message, no stack trace", async () => {
    const stopped = stoppedDatabase();
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/partner.requestLink", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { email: "someone@example.test" } }),
      }),
      router: appRouter,
      createContext: () => ({ db: stopped.db, user: null, partner: null, requesterKey: "t" }),
      responseMeta: retryAfterWhenUnavailable,
    });
    await stopped.close();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const body = (await response.json()) as {
      error: { json: { message: string; data: Record<string, unknown> } };
    };
    expect(body.error.json.message).toBe(UNAVAILABLE_MESSAGE);
    expect(body.error.json.data).toEqual({ code: "SERVICE_UNAVAILABLE", httpStatus: 503 });
    expect(JSON.stringify(body)).not.toMatch(/stack|ECONNREFUSED|at /);
  });

  test("pages and route handlers get a 503 page or text with Retry-After", async () => {
    const page = databaseUnavailableResponse("html");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain(UNAVAILABLE_MESSAGE);
    const text = databaseUnavailableResponse("text");
    expect(text.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await text.text()).toBe(`${UNAVAILABLE_MESSAGE}\n`);
  });

  test("after trouble the proxy holds requests back until the database answers again", async () => {
    let now = Date.now() + 60_000;
    const refused = () => Promise.reject(new Error("connect ECONNREFUSED"));
    const answers = () => db.execute(sql`select 1`);
    // Other tests in this file met the stopped database too: start from a good answer.
    await databaseLooksReachable(answers, now - 10_000);
    expect(await databaseLooksReachable(refused, now)).toBe(true);
    noteDatabaseTrouble();
    expect(await databaseLooksReachable(refused, now)).toBe(false);
    // Within half a second it does not ask again, even if the database is back.
    expect(await databaseLooksReachable(answers, now + 100)).toBe(false);
    now += 1000;
    expect(await databaseLooksReachable(answers, now)).toBe(true);
    expect(await databaseLooksReachable(refused, now + 100)).toBe(true);
  });
});
