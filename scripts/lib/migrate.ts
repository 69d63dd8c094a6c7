import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import { createDatabase } from "../../src/server/db/client";

const migrationsFolder = path.join(import.meta.dirname, "..", "..", "drizzle");

export async function migrateDatabase(url: string): Promise<void> {
  const { db, close } = createDatabase(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await close();
  }
}
