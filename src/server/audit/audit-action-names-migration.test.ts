import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql, TransactionRollbackError } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { seedPractice } from "~/test/factories";
import { ZAuditActionSchema } from "./audit-actions";

const db = testDatabase();

// Found by name, not number: migrations from parallel branches get renumbered when merged.
const migrationsFolder = path.resolve(import.meta.dirname, "../../../drizzle");
const migrationFile = readdirSync(migrationsFolder).find((f) =>
  f.endsWith("_audit_action_names.sql"),
);
const migration = readFileSync(path.join(migrationsFolder, migrationFile ?? "missing"), "utf8");
const renames = [...migration.matchAll(/WHEN '([^']+)' THEN '([^']+)'/g)].map((m) => ({
  from: m[1]!,
  to: m[2]!,
}));

describe("the migration renaming stored audit actions", () => {
  test("maps names outside the closed list onto names in it", () => {
    expect(renames.map((r) => r.from).sort()).toEqual([
      "entries.viewed",
      "reminders.unsubscribed",
      "safety.flagged",
      "sessions.viewed",
    ]);
    for (const { from, to } of renames) {
      expect(ZAuditActionSchema.safeParse(from).success).toBe(false);
      expect(ZAuditActionSchema.safeParse(to).success).toBe(true);
    }
  });

  test("renames old rows, leaves others alone, and leaves the table append-only again", async () => {
    const p = await seedPractice(db);
    const stored = ["sessions.viewed", "safety.flagged", "couple.created"];
    let renamed: string[] = [];
    let updateAfterwards: unknown;
    // Rolled back whatever happens: the test database's trail stays as the other tests left it.
    const attempt = db.transaction(async (tx) => {
      await tx.insert(auditEvents).values(
        stored.map((action) => ({
          practiceId: p.practiceId,
          actorUserId: null,
          action,
          subjectType: "practice",
          subjectId: p.practiceId,
        })),
      );
      for (const statement of migration.split("--> statement-breakpoint"))
        await tx.execute(sql.raw(statement));
      const rows = await tx
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.practiceId, p.practiceId))
        .orderBy(auditEvents.id);
      renamed = rows.map((r) => r.action).slice(-stored.length);
      updateAfterwards = await tx
        .transaction((sp) =>
          sp.execute(sql`update audit_events set action = 'x' where practice_id = ${p.practiceId}`),
        )
        .then(
          () => "allowed",
          (error: { cause?: Error }) => error.cause?.message,
        );
      tx.rollback();
    });
    await expect(attempt).rejects.toBeInstanceOf(TransactionRollbackError);
    expect(renamed).toEqual(["session.list_viewed", "entry.safety_flagged", "couple.created"]);
    expect(updateAfterwards).toContain("audit_events is append-only");
  });
});
