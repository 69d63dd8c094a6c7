import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { seedPractice } from "~/test/factories";
import { runMigrationRolledBack, storedNameMigration } from "~/test/stored-name-migration";
import { ZAuditActionSchema } from "./audit-actions";

const db = testDatabase();
const { text: migration, renames } = storedNameMigration("_audit_action_names.sql");

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
    const { result: renamed, updateAfterwards } = await runMigrationRolledBack(
      db,
      migration,
      p.practiceId,
      (tx) =>
        tx.insert(auditEvents).values(
          stored.map((action) => ({
            practiceId: p.practiceId,
            actorUserId: null,
            action,
            subjectType: "practice",
            subjectId: p.practiceId,
          })),
        ),
      async (tx) => {
        const rows = await tx
          .select({ action: auditEvents.action })
          .from(auditEvents)
          .where(eq(auditEvents.practiceId, p.practiceId))
          .orderBy(auditEvents.id);
        return rows.map((r) => r.action).slice(-stored.length);
      },
    );
    expect(renamed).toEqual(["session.list_viewed", "entry.safety_flagged", "couple.created"]);
    expect(updateAfterwards).toContain("audit_events is append-only");
  });
});
