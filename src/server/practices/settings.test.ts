import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { practices } from "~/server/db/schema";
import { describeError } from "~/server/trpc/errors";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith, seedPractice, unique } from "~/test/factories";

const db = testDatabase();

function newSettings(practiceId: string) {
  return {
    practiceId,
    name: unique("Renamed Practice"),
    timeZone: "America/Chicago",
    partnerLinkDays: 7,
    crisisText: "Call 988 in the US for the Suicide & Crisis Lifeline.",
    csiCutoff: 12,
    pdfPageSize: "A4" as const,
    dateStyle: "international" as const,
  };
}

async function practiceRow(practiceId: string) {
  const [row] = await db.select().from(practices).where(eq(practices.id, practiceId));
  return row;
}

describe("practices.settings", () => {
  test("starts from the defaults and offers the built-in crisis text", async () => {
    const p = await seedPractice(db);
    const settings = await p.therapist.api.practices.settings({ practiceId: p.practiceId });
    expect(settings).toMatchObject({
      name: p.practice.name,
      timeZone: "Europe/London",
      partnerLinkDays: 14,
      crisisText: null,
      csiCutoff: 13.5,
      pdfPageSize: "LETTER",
      dateStyle: "US",
    });
    expect(settings.defaultCrisisText).toMatch(/emergency/);
  });

  test("outsider: a member of another practice gets NOT_FOUND", async () => {
    const p = await seedPractice(db);
    const outsider = await seedPractice(db);
    await rejectsWith(
      outsider.owner.api.practices.settings({ practiceId: p.practiceId }),
      "NOT_FOUND",
    );
  });
});

describe("practices.updateSettings", () => {
  test("an owner changes every setting, and the change is audited", async () => {
    const p = await seedPractice(db);
    const input = newSettings(p.practiceId);
    await p.owner.api.practices.updateSettings(input);
    expect(await p.owner.api.practices.settings({ practiceId: p.practiceId })).toMatchObject({
      name: input.name,
      timeZone: "America/Chicago",
      partnerLinkDays: 7,
      crisisText: input.crisisText,
      csiCutoff: 12,
      pdfPageSize: "A4",
      dateStyle: "international",
    });
    const audit = await auditTrail(db, p.practiceId);
    expect(audit.at(-1)).toMatchObject({
      action: "practice.settings_changed",
      actorUserId: p.owner.user.id,
      subjectType: "practice",
      subjectId: p.practiceId,
    });
  });

  test("an admin may too; empty crisis text falls back to the default", async () => {
    const p = await seedPractice(db);
    await p.admin.api.practices.updateSettings({ ...newSettings(p.practiceId), crisisText: "  " });
    const settings = await p.admin.api.practices.settings({ practiceId: p.practiceId });
    expect(settings.crisisText).toBeNull();
  });

  test("a change that leaves out the paper size and date style keeps the practice's choice", async () => {
    const p = await seedPractice(db);
    await p.owner.api.practices.updateSettings(newSettings(p.practiceId));
    await p.owner.api.practices.updateSettings({
      ...newSettings(p.practiceId),
      pdfPageSize: undefined,
      dateStyle: undefined,
      partnerLinkDays: 9,
    });
    expect(await practiceRow(p.practiceId)).toMatchObject({
      pdfPageSize: "A4",
      dateStyle: "international",
      partnerLinkDays: 9,
    });
  });

  test("refuses a date style outside the list, with the field named", async () => {
    const p = await seedPractice(db);
    const before = await practiceRow(p.practiceId);
    const error = await rejectsWith(
      p.owner.api.practices.updateSettings({
        ...newSettings(p.practiceId),
        dateStyle: "ISO" as "US",
      }),
      "BAD_REQUEST",
    );
    expect(describeError(error).fieldErrors).toEqual({
      dateStyle: ["Choose how dates are written: US or international."],
    });
    expect(await practiceRow(p.practiceId)).toEqual(before);
  });

  test("refuses a link lifetime or cut-off out of range, with the field named", async () => {
    const p = await seedPractice(db);
    const before = await practiceRow(p.practiceId);
    const error = await rejectsWith(
      p.owner.api.practices.updateSettings({
        ...newSettings(p.practiceId),
        partnerLinkDays: 0,
        csiCutoff: 22,
      }),
      "BAD_REQUEST",
    );
    expect(describeError(error).fieldErrors).toEqual({
      partnerLinkDays: ["Links must work for at least a day."],
      csiCutoff: ["The cut-off is between 0 and 21."],
    });
    expect(await practiceRow(p.practiceId)).toEqual(before);
  });

  test("a therapist is FORBIDDEN and nothing changes", async () => {
    const p = await seedPractice(db);
    const before = await practiceRow(p.practiceId);
    await rejectsWith(
      p.therapist.api.practices.updateSettings(newSettings(p.practiceId)),
      "FORBIDDEN",
    );
    expect(await practiceRow(p.practiceId)).toEqual(before);
  });

  test("outsider: an owner of another practice gets NOT_FOUND and nothing changes", async () => {
    const p = await seedPractice(db);
    const outsider = await seedPractice(db);
    const before = await practiceRow(p.practiceId);
    await rejectsWith(
      outsider.owner.api.practices.updateSettings(newSettings(p.practiceId)),
      "NOT_FOUND",
    );
    expect(await practiceRow(p.practiceId)).toEqual(before);
    const audit = await auditTrail(db, p.practiceId);
    expect(audit.map((e) => e.action)).not.toContain("practice.settings_changed");
  });
});
