import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { homeworkTemplates, partners } from "~/server/db/schema";
import { seedCouple, seedPractice } from "~/test/factories";
import { testDatabase } from "~/test/db";

const db = testDatabase();

/**
 * Tables with a practice_id that are global on purpose (a Citus reference table), not distributed
 * by practice: their keys may hold across practices. Each with the reason.
 */
const globalTables: Record<string, string> = {
  practice_billing:
    "one row per practice; a webhook finds the practice by its Stripe customer or subscription id, which must belong to one practice across all of them",
  stripe_events:
    "a Stripe event id is unique across Stripe and is stored before the practice is known (practice_id may be null): a replay must be found whatever it is about",
};

interface Key {
  table: string;
  name: string;
  columns: string[];
}

/** Every table of the public schema with a practice_id column. */
async function tablesWithPracticeId(): Promise<string[]> {
  const rows = await db.execute<{ table_name: string }>(sql`
    select c.table_name from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = 'public' and c.column_name = 'practice_id' and t.table_type = 'BASE TABLE'
    order by 1`);
  return rows.rows.map((r) => r.table_name);
}

/** Primary keys, unique constraints and unique indexes (partial ones too), with their columns. */
async function uniqueKeys(): Promise<(Key & { primary: boolean })[]> {
  const rows = await db.execute<{
    table: string;
    name: string;
    columns: string[];
    primary: boolean;
  }>(sql`
    select t.relname as table, i.relname as name, x.indisprimary as primary,
      array(select a.attname::text from unnest(x.indkey) as k(attnum)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum) as columns
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    where x.indisunique and t.relnamespace = 'public'::regnamespace`);
  return rows.rows;
}

/** Foreign keys as (from column → to column) pairs, in the key's order. */
async function foreignKeys() {
  const rows = await db.execute<{ table: string; name: string; target: string; pairs: string[] }>(
    sql`
    select c.conrelid::regclass::text as table, c.conname as name,
      c.confrelid::regclass::text as target,
      array(select fa.attname || '->' || ta.attname
        from unnest(c.conkey, c.confkey) as k(f, t)
        join pg_attribute fa on fa.attrelid = c.conrelid and fa.attnum = k.f
        join pg_attribute ta on ta.attrelid = c.confrelid and ta.attnum = k.t) as pairs
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
  return rows.rows;
}

async function tenantTables() {
  const all = await tablesWithPracticeId();
  return all.filter((table) => !(table in globalTables));
}

describe("the tenant in every key (read from the live catalog)", () => {
  it("finds the tenant tables, and every listed global table still exists with a practice_id", async () => {
    const all = await tablesWithPracticeId();
    const tenant = await tenantTables();
    for (const table of ["couples", "partners", "entries", "assignments", "programme_weeks"])
      expect(tenant).toContain(table);
    for (const table of Object.keys(globalTables)) expect(all).toContain(table);
  });

  it("gives every tenant table a primary key that includes practice_id", async () => {
    const tenant = await tenantTables();
    const keys = await uniqueKeys();
    const broken = tenant.filter(
      (table) =>
        !keys.some((k) => k.table === table && k.primary && k.columns.includes("practice_id")),
    );
    expect(broken).toEqual([]);
  });

  it("puts practice_id in every unique constraint and unique index of a tenant table", async () => {
    const tenant = new Set(await tenantTables());
    const keys = await uniqueKeys();
    const broken = keys
      .filter((k) => tenant.has(k.table) && !k.columns.includes("practice_id"))
      .map((k) => `${k.table}.${k.name} (${k.columns.join(", ")})`);
    expect(broken).toEqual([]);
  });

  it("makes every reference between tenant tables carry practice_id to practice_id", async () => {
    const tenant = new Set(await tenantTables());
    const fks = await foreignKeys();
    const between = fks.filter((fk) => tenant.has(fk.table) && tenant.has(fk.target));
    expect(between.length).toBeGreaterThan(20);
    const broken = between
      .filter((fk) => !fk.pairs.includes("practice_id->practice_id"))
      .map((fk) => `${fk.table}.${fk.name} → ${fk.target} (${fk.pairs.join(", ")})`);
    expect(broken).toEqual([]);
  });

  it("never lets a global table reference a tenant table (a reference table cannot)", async () => {
    const tenant = new Set(await tenantTables());
    const fks = await foreignKeys();
    const broken = fks
      .filter((fk) => fk.table in globalTables && tenant.has(fk.target))
      .map((fk) => `${fk.table}.${fk.name} → ${fk.target}`);
    expect(broken).toEqual([]);
  });
});

/** What PostgreSQL said to a statement: "ok", or the SQLSTATE of its refusal. */
async function outcomeOf(statement: ReturnType<typeof sql>): Promise<string> {
  return db.execute(statement).then(
    () => "ok",
    (error: { cause?: { code?: string } }) => error.cause?.code ?? "no SQLSTATE",
  );
}

const foreignKeyViolation = "23503";

async function twoPractices() {
  const [a, b] = [await seedPractice(db), await seedPractice(db)];
  const [coupleA, coupleB] = [
    await seedCouple(a, a.therapist.user.id),
    await seedCouple(b, b.therapist.user.id),
  ];
  const [partnerA] = await db.select().from(partners).where(eq(partners.coupleId, coupleA));
  const [partnerB] = await db.select().from(partners).where(eq(partners.coupleId, coupleB));
  if (!partnerA || !partnerB) throw new Error("no partners");
  return { a, b, coupleA, coupleB, partnerA, partnerB };
}

function entryInsert(practiceId: string, coupleId: string, partnerId: string) {
  return sql`
    insert into entries (practice_id, couple_id, partner_id, kind, schema_version, payload,
      occurred_at, idempotency_key)
    values (${practiceId}, ${coupleId}, ${partnerId}, 'bid', 1, '{}'::jsonb, now(), ${randomUUID()})`;
}

describe("the database refuses a row that points into another practice", () => {
  it("refuses an entry of one practice on another practice's couple", async () => {
    const { b, coupleA, coupleB, partnerB } = await twoPractices();
    expect(await outcomeOf(entryInsert(b.practiceId, coupleA, partnerB.id))).toBe(
      foreignKeyViolation,
    );
    // The same entry on its own practice's couple is stored.
    expect(await outcomeOf(entryInsert(b.practiceId, coupleB, partnerB.id))).toBe("ok");
  });

  it("refuses an entry whose partner belongs to another practice", async () => {
    const { b, coupleB, partnerA } = await twoPractices();
    expect(await outcomeOf(entryInsert(b.practiceId, coupleB, partnerA.id))).toBe(
      foreignKeyViolation,
    );
  });

  it("refuses an assignment naming another practice's template, and allows none", async () => {
    const { a, b, coupleB } = await twoPractices();
    const [templateA] = await db
      .insert(homeworkTemplates)
      .values({
        practiceId: a.practiceId,
        familyId: randomUUID(),
        version: 1,
        kind: "bid",
        title: "Bids",
        instructions: "Notice bids.",
      })
      .returning();
    const assign = (templateId: string | null) => sql`
      insert into assignments (practice_id, couple_id, kind, template_id, title, partner_positions,
        cadence, assigned_by_user_id)
      values (${b.practiceId}, ${coupleB}, 'bid', ${templateId}, 'Bids', '{1,2}', 'daily',
        ${b.therapist.user.id})`;
    expect(await outcomeOf(assign(templateA!.id))).toBe(foreignKeyViolation);
    // An optional reference left empty is not checked (MATCH SIMPLE).
    expect(await outcomeOf(assign(null))).toBe("ok");
  });
});
