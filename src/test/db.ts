import { afterAll, inject } from "vitest";
import { createDatabase } from "~/server/db/client";

/** The test run's database; each test file gets its own small pool. */
export function testDatabase() {
  const { db, close } = createDatabase(inject("databaseUrl"), { max: 4 });
  afterAll(close);
  return db;
}
