import { and, eq } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { memberships, practices, type Practice } from "~/server/db/schema";
import { DEFAULT_CRISIS_TEXT, DEFAULT_SECRETS_POLICY } from "~/domain/safety-texts";
import { DomainError } from "~/server/errors";
import type { PracticeScope } from "./scope";
import type { PracticeSettingsInput } from "~/validation/practices";

const settingsColumns = {
  name: practices.name,
  timeZone: practices.timeZone,
  partnerLinkDays: practices.partnerLinkDays,
  crisisText: practices.crisisText,
  csiCutoff: practices.csiCutoff,
  pdfPageSize: practices.pdfPageSize,
  dateStyle: practices.dateStyle,
  sharedDeviceIdleMinutes: practices.sharedDeviceIdleMinutes,
  draftDays: practices.draftDays,
  discreetEmails: practices.discreetEmails,
  secretsPolicy: practices.secretsPolicy,
  safetyBackupUserId: practices.safetyBackupUserId,
};

type SettingsRow = Pick<Practice, keyof typeof settingsColumns>;

export async function practiceSettings(db: Executor, scope: PracticeScope) {
  const [row] = await db
    .select(settingsColumns)
    .from(practices)
    .where(eq(practices.id, scope.practiceId));
  if (!row) throw new Error("practice of a verified membership is missing");
  return {
    ...row,
    defaultCrisisText: DEFAULT_CRISIS_TEXT,
    defaultSecretsPolicy: DEFAULT_SECRETS_POLICY,
  };
}

async function assertMember(db: Executor, practiceId: string, userId: string) {
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.practiceId, practiceId), eq(memberships.userId, userId)));
  if (!member) {
    throw new DomainError(
      "NOT_FOUND",
      "Choose a member of this practice as the safety backup.",
      "safetyBackupUserId",
    );
  }
}

/** The values to store: what the input gives, and for a left-out optional setting what is stored. */
function nextSettings(input: PracticeSettingsInput, current: SettingsRow): SettingsRow {
  return {
    name: input.name,
    timeZone: input.timeZone,
    partnerLinkDays: input.partnerLinkDays,
    crisisText: input.crisisText || null,
    csiCutoff: input.csiCutoff,
    pdfPageSize: input.pdfPageSize ?? current.pdfPageSize,
    dateStyle: input.dateStyle ?? current.dateStyle,
    sharedDeviceIdleMinutes: input.sharedDeviceIdleMinutes ?? current.sharedDeviceIdleMinutes,
    draftDays: input.draftDays ?? current.draftDays,
    discreetEmails: input.discreetEmails ?? current.discreetEmails,
    secretsPolicy:
      input.secretsPolicy === undefined ? current.secretsPolicy : input.secretsPolicy || null,
    safetyBackupUserId:
      input.safetyBackupUserId === undefined
        ? current.safetyBackupUserId
        : input.safetyBackupUserId,
  };
}

/**
 * Save the practice settings. The safety backup must be a member of the practice. The audit names
 * the settings that changed (and the new backup), never the texts.
 */
export async function updatePracticeSettings(
  db: Database,
  scope: PracticeScope,
  input: PracticeSettingsInput,
) {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select(settingsColumns)
      .from(practices)
      .where(eq(practices.id, scope.practiceId))
      .for("update");
    if (!current) throw new Error("practice of a verified membership is missing");
    const next = nextSettings(input, current);
    if (next.safetyBackupUserId && next.safetyBackupUserId !== current.safetyBackupUserId) {
      await assertMember(tx, scope.practiceId, next.safetyBackupUserId);
    }
    const changed = (Object.keys(next) as (keyof SettingsRow)[]).filter(
      (key) => next[key] !== current[key],
    );
    await tx.update(practices).set(next).where(eq(practices.id, scope.practiceId));
    await recordAudit(
      tx,
      scope,
      "practice.settings_changed",
      { type: "practice", id: scope.practiceId },
      {
        changed,
        ...(changed.includes("safetyBackupUserId")
          ? { safetyBackupUserId: next.safetyBackupUserId }
          : {}),
      },
    );
  });
}
