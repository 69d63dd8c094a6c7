import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, emailOutbox } from "~/server/db/schema";
import { emailTemplates } from "~/server/email/email-templates";
import { testDatabase } from "~/test/db";
import { seedPractice } from "~/test/factories";
import { runMigrationRolledBack, storedNameMigration } from "~/test/stored-name-migration";
import { ZAuditActionSchema, ZAuditSubjectTypeSchema } from "./audit-actions";

const db = testDatabase();
const { text: migration, renames } = storedNameMigration("_partner_link_names.sql");

describe("the migration renaming stored client-link names to partner-link names", () => {
  test("maps every old action onto a name in the closed list", () => {
    expect(renames.map((r) => r.from).sort()).toEqual([
      "client_link.issued",
      "client_link.opened",
      "client_link.requested",
      "client_link.revoked",
    ]);
    for (const { from, to } of renames) {
      expect(ZAuditActionSchema.safeParse(from).success).toBe(false);
      expect(ZAuditActionSchema.safeParse(to).success).toBe(true);
    }
    expect(ZAuditSubjectTypeSchema.safeParse("partner_link").success).toBe(true);
    expect(Object.keys(emailTemplates)).toContain("partner_link");
  });

  test("renames old rows, leaves others alone, and leaves the table append-only again", async () => {
    const p = await seedPractice(db);
    const stored = [
      { action: "client_link.issued", subjectType: "client_link" },
      { action: "client_link.opened", subjectType: "client_link" },
      { action: "couple.created", subjectType: "couple" },
    ];
    const { result, updateAfterwards } = await runMigrationRolledBack(
      db,
      migration,
      p.practiceId,
      async (tx) => {
        await tx.insert(auditEvents).values(
          stored.map((row) => ({
            practiceId: p.practiceId,
            actorUserId: null,
            subjectId: p.practiceId,
            ...row,
          })),
        );
        await tx.insert(emailOutbox).values(
          ["client_link", "reminder"].map((template) => ({
            practiceId: p.practiceId,
            to: "someone@example.test",
            template,
          })),
        );
      },
      async (tx) => {
        const rows = await tx
          .select({ action: auditEvents.action, subjectType: auditEvents.subjectType })
          .from(auditEvents)
          .where(eq(auditEvents.practiceId, p.practiceId))
          .orderBy(auditEvents.id);
        const emails = await tx
          .select({ template: emailOutbox.template })
          .from(emailOutbox)
          .where(eq(emailOutbox.practiceId, p.practiceId));
        return {
          renamed: rows.slice(-stored.length),
          templates: emails.map((e) => e.template).sort(),
        };
      },
    );
    const { renamed, templates } = result;
    expect(renamed).toEqual([
      { action: "partner_link.issued", subjectType: "partner_link" },
      { action: "partner_link.opened", subjectType: "partner_link" },
      { action: "couple.created", subjectType: "couple" },
    ]);
    expect(templates).toEqual(["partner_link", "reminder"]);
    expect(updateAfterwards).toContain("audit_events is append-only");
  });
});
