import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql, TransactionRollbackError } from "drizzle-orm";
import type { Database, Transaction } from "~/server/db/client";

/**
 * A migration that renames stored names, found by the end of its file name (migrations from
 * parallel branches get renumbered when merged), with the renames its CASE lists.
 */
export function storedNameMigration(suffix: string) {
  const folder = path.resolve(import.meta.dirname, "../../drizzle");
  const file = readdirSync(folder).find((f) => f.endsWith(suffix));
  const text = readFileSync(path.join(folder, file ?? "missing"), "utf8");
  const renames = [...text.matchAll(/WHEN '([^']+)' THEN '([^']+)'/g)].map((m) => ({
    from: m[1]!,
    to: m[2]!,
  }));
  return { text, renames };
}

/**
 * Seed rows, run the migration's own SQL, read the result and try an UPDATE of the audit trail,
 * all in one transaction that is always rolled back, so the test database stays as it was.
 * Returns what `read` returned and the error an UPDATE afterwards met ("allowed" if none).
 */
export async function runMigrationRolledBack<T>(
  db: Database,
  migration: string,
  practiceId: string,
  seed: (tx: Transaction) => Promise<unknown>,
  read: (tx: Transaction) => Promise<T>,
): Promise<{ result: T; updateAfterwards: string | undefined }> {
  let outcome: { result: T; updateAfterwards: string | undefined } | undefined;
  const attempt = db.transaction(async (tx) => {
    await seed(tx);
    for (const statement of migration.split("--> statement-breakpoint"))
      await tx.execute(sql.raw(statement));
    const result = await read(tx);
    const updateAfterwards = await tx
      .transaction((sp) =>
        sp.execute(sql`update audit_events set action = 'x' where practice_id = ${practiceId}`),
      )
      .then(
        () => "allowed",
        (error: { cause?: Error }) => error.cause?.message,
      );
    outcome = { result, updateAfterwards };
    tx.rollback();
  });
  await attempt.catch((error: unknown) => {
    if (!(error instanceof TransactionRollbackError)) throw error;
  });
  if (!outcome) throw new Error("the migration did not run");
  return outcome;
}
