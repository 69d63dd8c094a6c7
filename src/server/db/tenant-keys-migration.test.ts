import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { seedDemo } from "../../../scripts/lib/seed-demo";
import { createDatabase } from "~/server/db/client";

// The tenant-keys migration must work on a database that already holds data: a database of its
// own is migrated up to just before it, given the demo practice, then migrated the rest of the way.
const name = `attune_tenant_keys_${randomUUID().slice(0, 8)}`;
const adminUrl = inject("databaseUrl");
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const migrations = path.resolve(import.meta.dirname, "../../../drizzle");
const before = mkdtempSync(path.join(tmpdir(), "attune-before-tenant-keys-"));

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/** The migrations folder as it was before the tenant keys (found by name: merges renumber). */
function migrationsBeforeTenantKeys() {
  cpSync(migrations, before, { recursive: true });
  const journalPath = path.join(before, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  const at = journal.entries.findIndex((e) => e.tag.endsWith("_tenant_keys"));
  if (at < 0) throw new Error("no tenant_keys migration");
  for (const later of journal.entries.slice(at))
    rmSync(path.join(before, `${later.tag}.sql`), { force: true });
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  return before;
}

beforeAll(async () => {
  await admin(`create database ${name}`);
});

afterAll(async () => {
  await admin(`drop database ${name} with (force)`);
  rmSync(before, { recursive: true, force: true });
});

describe("the tenant-keys migration on a database with data", () => {
  test("keeps every row of the demo practice and leaves every new reference checked", async () => {
    const { db, close } = createDatabase(url, { max: 1 });
    try {
      await migrate(db, { migrationsFolder: migrationsBeforeTenantKeys() });
      await seedDemo(db);
      const count = async () =>
        (
          await db.execute<{ entries: number; partners: number; assignments: number }>(sql`
            select (select count(*)::int from entries) as entries,
              (select count(*)::int from partners) as partners,
              (select count(*)::int from assignments) as assignments`)
        ).rows[0];
      const seeded = await count();
      expect(seeded?.entries).toBeGreaterThan(0);

      await migrate(db, { migrationsFolder: migrations });

      expect(await count()).toEqual(seeded);
      const keys = await db.execute<{ name: string; validated: boolean }>(sql`
        select conname as name, convalidated as validated from pg_constraint
        where conname in ('entries_couple_id_fk', 'entries_partner_id_fk', 'entries_pkey')`);
      expect(keys.rows).toHaveLength(3);
      expect(keys.rows.every((k) => k.validated)).toBe(true);
    } finally {
      await close();
    }
  }, 120_000);
});
