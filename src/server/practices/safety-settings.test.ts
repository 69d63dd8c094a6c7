import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { DEFAULT_SECRETS_POLICY } from "~/domain/safety-texts";
import { practices } from "~/server/db/schema";
import { describeError } from "~/server/trpc/errors";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith, seedPractice } from "~/test/factories";

const db = testDatabase();

function baseSettings(practiceId: string) {
  return {
    practiceId,
    // Not the demo practice's name: the demo's own test finds its practice by name.
    name: "Settings Test Practice",
    timeZone: "Europe/London",
    partnerLinkDays: 14,
    csiCutoff: 13.5,
  };
}

async function practiceRow(practiceId: string) {
  const [row] = await db.select().from(practices).where(eq(practices.id, practiceId));
  return row!;
}

describe("practice safety settings", () => {
  test("start from the defaults, with the built-in secrets policy offered", async () => {
    const p = await seedPractice(db);
    expect(await p.owner.api.practices.settings({ practiceId: p.practiceId })).toMatchObject({
      sharedDeviceIdleMinutes: 30,
      draftDays: 7,
      discreetEmails: false,
      secretsPolicy: null,
      defaultSecretsPolicy: DEFAULT_SECRETS_POLICY,
      safetyBackupUserId: null,
    });
  });

  test("an owner sets them all, the backup shows in the settings, and the audit names what changed", async () => {
    const p = await seedPractice(db);
    await p.owner.api.practices.updateSettings({
      ...baseSettings(p.practiceId),
      sharedDeviceIdleMinutes: 15,
      draftDays: 3,
      discreetEmails: true,
      secretsPolicy: "  We do not keep secrets between partners.  ",
      safetyBackupUserId: p.otherTherapist.user.id,
    });
    expect(await p.admin.api.practices.settings({ practiceId: p.practiceId })).toMatchObject({
      sharedDeviceIdleMinutes: 15,
      draftDays: 3,
      discreetEmails: true,
      secretsPolicy: "We do not keep secrets between partners.",
      safetyBackupUserId: p.otherTherapist.user.id,
    });
    const event = (await auditTrail(db, p.practiceId)).at(-1)!;
    expect(event).toMatchObject({
      action: "practice.settings_changed",
      details: { safetyBackupUserId: p.otherTherapist.user.id },
    });
    expect((event.details as { changed: string[] }).changed.sort()).toEqual(
      [
        "discreetEmails",
        "draftDays",
        "name",
        "safetyBackupUserId",
        "secretsPolicy",
        "sharedDeviceIdleMinutes",
      ].sort(),
    );
    expect(JSON.stringify(event.details)).not.toContain("secrets between");

    // Left out, each stays; empty policy and no backup clear them.
    await p.owner.api.practices.updateSettings(baseSettings(p.practiceId));
    expect(await practiceRow(p.practiceId)).toMatchObject({
      sharedDeviceIdleMinutes: 15,
      discreetEmails: true,
      safetyBackupUserId: p.otherTherapist.user.id,
    });
    await p.owner.api.practices.updateSettings({
      ...baseSettings(p.practiceId),
      secretsPolicy: " ",
      safetyBackupUserId: null,
    });
    expect(await practiceRow(p.practiceId)).toMatchObject({
      secretsPolicy: null,
      safetyBackupUserId: null,
    });
  });

  test("refuses idle minutes and draft days out of range, with clear messages", async () => {
    const p = await seedPractice(db);
    const before = await practiceRow(p.practiceId);
    const low = await rejectsWith(
      p.owner.api.practices.updateSettings({
        ...baseSettings(p.practiceId),
        sharedDeviceIdleMinutes: 4,
        draftDays: 0,
      }),
      "BAD_REQUEST",
    );
    expect(describeError(low).fieldErrors).toEqual({
      sharedDeviceIdleMinutes: ["On a shared device, a session must last at least 5 idle minutes."],
      draftDays: ["Keep unsent drafts for at least a day."],
    });
    const high = await rejectsWith(
      p.owner.api.practices.updateSettings({
        ...baseSettings(p.practiceId),
        sharedDeviceIdleMinutes: 241,
        draftDays: 31,
      }),
      "BAD_REQUEST",
    );
    expect(describeError(high).fieldErrors).toEqual({
      sharedDeviceIdleMinutes: [
        "On a shared device, a session can last at most 240 idle minutes (4 hours).",
      ],
      draftDays: ["Keep unsent drafts for at most 30 days."],
    });
    expect(await practiceRow(p.practiceId)).toEqual(before);
  });

  test("the backup must be a member of the practice: another practice's member is refused", async () => {
    const p = await seedPractice(db);
    const other = await seedPractice(db);
    const before = await practiceRow(p.practiceId);
    const error = await rejectsWith(
      p.owner.api.practices.updateSettings({
        ...baseSettings(p.practiceId),
        safetyBackupUserId: other.therapist.user.id,
      }),
      "NOT_FOUND",
    );
    expect(describeError(error).fieldErrors).toEqual({
      safetyBackupUserId: ["Choose a member of this practice as the safety backup."],
    });
    expect(await practiceRow(p.practiceId)).toEqual(before);
  });

  test("a therapist is FORBIDDEN; an outsider gets NOT_FOUND; nothing changes", async () => {
    const p = await seedPractice(db);
    const outsider = await seedPractice(db);
    const before = await practiceRow(p.practiceId);
    const input = {
      ...baseSettings(p.practiceId),
      discreetEmails: true,
      safetyBackupUserId: p.therapist.user.id,
    };
    await rejectsWith(p.therapist.api.practices.updateSettings(input), "FORBIDDEN");
    await rejectsWith(outsider.owner.api.practices.updateSettings(input), "NOT_FOUND");
    expect(await practiceRow(p.practiceId)).toEqual(before);
  });

  test("removing the backup from the practice clears it, and the removal's audit says so", async () => {
    const p = await seedPractice(db);
    await p.owner.api.practices.updateSettings({
      ...baseSettings(p.practiceId),
      safetyBackupUserId: p.otherTherapist.user.id,
    });
    await p.owner.api.members.remove({
      practiceId: p.practiceId,
      userId: p.otherTherapist.user.id,
    });
    expect((await practiceRow(p.practiceId)).safetyBackupUserId).toBeNull();
    expect((await auditTrail(db, p.practiceId)).at(-1)).toMatchObject({
      action: "member.removed",
      details: { safetyBackupCleared: true },
    });
  });
});
