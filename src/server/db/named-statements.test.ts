import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, inject, test } from "vitest";
import { createDatabase } from "./client";
import { testDatabase } from "~/test/db";

const db = testDatabase();

/** The statements prepared on one connection of the pool, by their text. */
async function preparedOn(client: { query: (text: string) => Promise<{ rows: unknown[] }> }) {
  const { rows } = await client.query("select name, statement from pg_prepared_statements");
  return rows as { name: string; statement: string }[];
}

describe("named statements", () => {
  test("a statement with parameters is prepared once per connection and reused", async () => {
    const client = await db.$client.connect();
    try {
      const text = "select $1::int + 1 as answer /* named-statements test */";
      const first = await client.query(text, [1]);
      const second = await client.query({ text, values: [41] });
      expect(first.rows).toEqual([{ answer: 2 }]);
      expect(second.rows).toEqual([{ answer: 42 }]);
      const prepared = (await preparedOn(client)).filter((s) => s.statement === text);
      expect(prepared).toHaveLength(1);
      expect(prepared[0]!.name).toMatch(/^a_[\w-]+$/);
    } finally {
      client.release();
    }
  });

  test("Drizzle queries are named too, and a statement without parameters is not", async () => {
    const client = await db.$client.connect();
    try {
      await client.query("select 7 as plain /* named-statements test */");
      const prepared = await preparedOn(client);
      expect(prepared.some((s) => s.statement.includes("select 7 as plain"))).toBe(false);
    } finally {
      client.release();
    }
    const [{ n }] = (await db.execute<{ n: number }>(sql`select ${5}::int as n`)).rows as [
      { n: number },
    ];
    expect(n).toBe(5);
  });

  test("a submittable query (a stream, a cursor) runs as it is", async () => {
    const client = await db.$client.connect();
    try {
      const text = "select g from generate_series(1, $1::int) g /* named-statements test */";
      const query = client.query(new pg.Query(text, [3]));
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const got: unknown[] = [];
        query.on("row", (row: unknown) => got.push(row));
        query.on("end", () => resolve(got));
        query.on("error", reject);
      });
      expect(rows).toEqual([{ g: 1 }, { g: 2 }, { g: 3 }]);
      expect((await preparedOn(client)).some((s) => s.statement === text)).toBe(false);
    } finally {
      client.release();
    }
  });

  test("past its cap a connection runs new statements unnamed, and they still answer", async () => {
    // A pool of its own: the connection it fills would run later tests' statements unnamed.
    const own = createDatabase(inject("databaseUrl"), { max: 1 });
    const client = await own.db.$client.connect();
    try {
      for (let i = 0; i < 520; i++) {
        const { rows } = await client.query(`select $1::int as v${i}`, [i]);
        expect(rows[0]).toEqual({ [`v${i}`]: i });
      }
      const prepared = await preparedOn(client);
      expect(prepared.length).toBeLessThanOrEqual(500);
      expect(prepared.some((s) => s.statement === "select $1::int as v519")).toBe(false);
    } finally {
      client.release();
      await own.close();
    }
  });
  test.each(["promise", "callback", "named by the caller"] as const)(
    "a statement the server has dropped fails once, then runs unnamed (%s)",
    async (style) => {
      const client = await db.$client.connect();
      const run = (text: string, values: unknown[]) =>
        style === "named by the caller"
          ? client.query({ name: "caller_named_test", text, values })
          : style === "promise"
            ? client.query(text, values)
            : new Promise<pg.QueryResult>((resolve, reject) =>
                client.query(text, values, (error: Error | null, result: pg.QueryResult) =>
                  error ? reject(error) : resolve(result),
                ),
              );
      try {
        const text = `select $1::int * 2 as doubled /* dropped, ${style} */`;
        await run(text, [1]);
        const [prepared] = (await preparedOn(client)).filter((s) => s.statement === text);
        // What a pooler's DISCARD ALL, or a statement gone stale after a migration, leaves.
        await client.query(`deallocate "${prepared!.name}"`);
        await expect(run(text, [2])).rejects.toMatchObject({ code: "26000" });
        expect((await run(text, [3])).rows).toEqual([{ doubled: 6 }]);
        expect((await preparedOn(client)).some((s) => s.statement === text)).toBe(false);
      } finally {
        client.release();
      }
    },
  );
});
