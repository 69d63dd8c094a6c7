import { eq } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { practices } from "~/server/db/schema";
import { DEFAULT_CRISIS_TEXT } from "~/domain/safety-texts";
import type { PracticeScope } from "./scope";
import type { PracticeSettingsInput } from "~/validation/practices";

export async function practiceSettings(db: Executor, scope: PracticeScope) {
  const [row] = await db
    .select({
      name: practices.name,
      timeZone: practices.timeZone,
      partnerLinkDays: practices.partnerLinkDays,
      crisisText: practices.crisisText,
      csiCutoff: practices.csiCutoff,
      pdfPageSize: practices.pdfPageSize,
      dateStyle: practices.dateStyle,
    })
    .from(practices)
    .where(eq(practices.id, scope.practiceId));
  if (!row) throw new Error("practice of a verified membership is missing");
  return { ...row, defaultCrisisText: DEFAULT_CRISIS_TEXT };
}

export async function updatePracticeSettings(
  db: Database,
  scope: PracticeScope,
  input: PracticeSettingsInput,
) {
  await db.transaction(async (tx) => {
    await tx
      .update(practices)
      .set({
        name: input.name,
        timeZone: input.timeZone,
        partnerLinkDays: input.partnerLinkDays,
        crisisText: input.crisisText || null,
        csiCutoff: input.csiCutoff,
        ...(input.pdfPageSize ? { pdfPageSize: input.pdfPageSize } : {}),
        ...(input.dateStyle ? { dateStyle: input.dateStyle } : {}),
      })
      .where(eq(practices.id, scope.practiceId));
    await recordAudit(tx, scope, "practice.settings_changed", {
      type: "practice",
      id: scope.practiceId,
    });
  });
}
