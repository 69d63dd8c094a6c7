import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { testDatabase } from "./db";

const db = testDatabase();

test("the test database is migrated", async () => {
  const result = await db.execute(sql`select count(*)::int as n from practices`);
  expect(result.rows[0]).toEqual({ n: expect.any(Number) });
});
