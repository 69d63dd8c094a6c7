import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, couples, entries, partners, safetyFlags } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith } from "~/test/factories";
import { seedCoupleWithPartners } from "~/test/homework-factories";
import { raiseEntryFlag, raiseHelpButtonFlag } from "~/test/safety-factories";
import { SAFETY_NOTE_MAX } from "~/validation/safety-flags";

const db = testDatabase();

const followUp = {
  contactMethod: "phone",
  outcome: "safety_plan",
  note: "Reached her by phone; safety plan reviewed, staying with her sister.",
} as const;

async function flagRow(id: string) {
  const [row] = await db.select().from(safetyFlags).where(eq(safetyFlags.id, id));
  return row!;
}

async function badge(s: Awaited<ReturnType<typeof seedCoupleWithPartners>>) {
  const list = await s.p.therapist.api.caseload.list({ practiceId: s.p.practiceId, status: "all" });
  return list.find((row) => row.id === s.coupleId)!.safetyFlags;
}

describe("closing a safety flag", () => {
  test("records who, when, how the partner was contacted, the outcome and the note; reviews the entry; audits without the note", async () => {
    const s = await seedCoupleWithPartners(db);
    const { entryId, flag } = await raiseEntryFlag(db, s);
    expect(await badge(s)).toBe(1);

    await s.p.therapist.api.safetyFlags.close({
      practiceId: s.p.practiceId,
      flagId: flag.id,
      ...followUp,
    });

    const closed = await flagRow(flag.id);
    expect(closed).toMatchObject({ closedByUserId: s.p.therapist.user.id, ...followUp });
    expect(closed.closedAt).toBeInstanceOf(Date);
    const [entry] = await db.select().from(entries).where(eq(entries.id, entryId));
    expect(entry).toMatchObject({ reviewedByUserId: s.p.therapist.user.id });
    expect(entry!.reviewedAt).not.toBeNull();
    expect(await badge(s)).toBe(0);

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.practiceId, s.p.practiceId),
          eq(auditEvents.action, "safety_flag.closed"),
        ),
      );
    expect(event).toMatchObject({
      actorUserId: s.p.therapist.user.id,
      subjectType: "safety_flag",
      subjectId: flag.id,
      coupleId: s.coupleId,
      details: { contactMethod: "phone", outcome: "safety_plan" },
    });
    expect(JSON.stringify(event)).not.toContain("sister");
  });

  test("the safety log lists every flag, open and closed, with the partner's phone and emergency contact", async () => {
    const s = await seedCoupleWithPartners(db);
    await db
      .update(partners)
      .set({ phone: "+44 7700 900123", emergencyContact: "Jo (sister) 07700 900456" })
      .where(eq(partners.id, s.b.id));
    const older = await raiseHelpButtonFlag(db, s, { raisedAt: new Date(Date.now() - 86_400_000) });
    const { flag: newer } = await raiseEntryFlag(db, s);
    await s.p.therapist.api.safetyFlags.close({
      practiceId: s.p.practiceId,
      flagId: older.id,
      contactMethod: "not_reached",
      outcome: "other",
      note: "Left a voicemail; will try again tomorrow morning.",
    });

    const log = await s.p.therapist.api.safetyFlags.forCouple({
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
    });
    expect(log.map((f) => [f.id, f.source, f.closed === null])).toEqual([
      [newer.id, "entry", true],
      [older.id, "help_button", false],
    ]);
    expect(log[1]!.partner).toEqual({
      id: s.b.id,
      name: s.b.displayName,
      phone: "+44 7700 900123",
      emergencyContact: "Jo (sister) 07700 900456",
    });
    const [viewed] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.practiceId, s.p.practiceId),
          eq(auditEvents.action, "safety_flag.log_viewed"),
        ),
      );
    expect(viewed).toMatchObject({ coupleId: s.coupleId, details: { count: 2 } });
    expect(log[1]!.closed).toMatchObject({
      by: { email: s.p.therapist.user.email },
      contactMethod: "not_reached",
      outcome: "other",
      note: "Left a voicemail; will try again tomorrow morning.",
    });
  });

  test("asks for a method, an outcome and a note, and a closed flag cannot be closed again", async () => {
    const s = await seedCoupleWithPartners(db);
    const flag = await raiseHelpButtonFlag(db, s);
    const close = (input: object) =>
      s.p.therapist.api.safetyFlags.close({
        practiceId: s.p.practiceId,
        flagId: flag.id,
        ...followUp,
        ...input,
      });
    const noNote = await rejectsWith(close({ note: "   " }), "BAD_REQUEST");
    expect(noNote.message).toContain("Enter a note");
    await rejectsWith(close({ note: "x".repeat(SAFETY_NOTE_MAX + 1) }), "BAD_REQUEST");
    await rejectsWith(close({ outcome: "fine" }), "BAD_REQUEST");
    await rejectsWith(close({ contactMethod: "carrier pigeon" }), "BAD_REQUEST");
    expect((await flagRow(flag.id)).closedAt).toBeNull();

    await close({});
    const first = await flagRow(flag.id);
    await rejectsWith(close({ note: "Again" }), "CONFLICT");
    expect(await flagRow(flag.id)).toEqual(first);
  });

  test("Mark reviewed on a flagged entry is refused and the badge stays until the flag is closed", async () => {
    const s = await seedCoupleWithPartners(db);
    const { entryId, flag } = await raiseEntryFlag(db, s);
    const refused = await rejectsWith(
      s.p.therapist.api.entries.markReviewed({ practiceId: s.p.practiceId, entryId }),
      "CONFLICT",
    );
    expect(refused.message).toContain("follow-up form");
    expect((await flagRow(flag.id)).closedAt).toBeNull();
    const [entry] = await db.select().from(entries).where(eq(entries.id, entryId));
    expect(entry!.reviewedAt).toBeNull();
    expect(await badge(s)).toBe(1);
  });

  test("owners and admins may close; a therapist not treating the couple gets NOT_FOUND", async () => {
    const s = await seedCoupleWithPartners(db);
    const one = await raiseHelpButtonFlag(db, s);
    const two = await raiseHelpButtonFlag(db, s);
    const practiceId = s.p.practiceId;
    const before = await flagRow(one.id);
    await rejectsWith(
      s.p.otherTherapist.api.safetyFlags.close({ practiceId, flagId: one.id, ...followUp }),
      "NOT_FOUND",
    );
    await rejectsWith(
      s.p.otherTherapist.api.safetyFlags.forCouple({ practiceId, coupleId: s.coupleId }),
      "NOT_FOUND",
    );
    expect(await flagRow(one.id)).toEqual(before);

    await s.p.admin.api.safetyFlags.close({ practiceId, flagId: one.id, ...followUp });
    await s.p.owner.api.safetyFlags.close({ practiceId, flagId: two.id, ...followUp });
    expect((await flagRow(one.id)).closedByUserId).toBe(s.p.admin.user.id);
    expect((await flagRow(two.id)).closedByUserId).toBe(s.p.owner.user.id);
  });

  test("outsider: another practice gets NOT_FOUND from every safety procedure, and nothing changes", async () => {
    const a = await seedCoupleWithPartners(db);
    const b = await seedCoupleWithPartners(db);
    const { flag } = await raiseEntryFlag(db, a);
    const snapshot = async () => ({
      flag: await flagRow(flag.id),
      couple: await db.select().from(couples).where(eq(couples.id, a.coupleId)),
      entries: await db.select().from(entries).where(eq(entries.coupleId, a.coupleId)),
      audit: await db.select().from(auditEvents).where(eq(auditEvents.practiceId, a.p.practiceId)),
    });
    const before = await snapshot();
    for (const practiceId of [b.p.practiceId, a.p.practiceId]) {
      for (const outsider of [b.p.owner.api, b.p.therapist.api]) {
        await rejectsWith(
          outsider.safetyFlags.close({ practiceId, flagId: flag.id, ...followUp }),
          "NOT_FOUND",
        );
        await rejectsWith(
          outsider.safetyFlags.forCouple({ practiceId, coupleId: a.coupleId }),
          "NOT_FOUND",
        );
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("the caseload's safety badge", () => {
  test("counts open flags from forms and the help button, and sorts those couples first", async () => {
    const quiet = await seedCoupleWithPartners(db);
    const p = quiet.p;
    // A second couple of the same therapist, less recently active than the first.
    const { id: flaggedId } = await p.owner.api.couples.create({
      practiceId: p.practiceId,
      label: "Zed & Yan",
      timeZone: "Europe/London",
      therapistUserId: p.therapist.user.id,
      partners: [
        { displayName: "Zed", email: null },
        { displayName: "Yan", email: null },
      ],
    });
    const [zed, yan] = await db
      .select()
      .from(partners)
      .where(eq(partners.coupleId, flaggedId))
      .orderBy(partners.position);
    await db
      .update(couples)
      .set({ lastActivityAt: new Date(Date.now() - 30 * 86_400_000) })
      .where(eq(couples.id, flaggedId));
    await db
      .update(couples)
      .set({ lastActivityAt: new Date() })
      .where(eq(couples.id, quiet.coupleId));
    const flagged = { p, coupleId: flaggedId, a: zed!, b: yan! };
    const order = async () =>
      (await p.therapist.api.caseload.list({ practiceId: p.practiceId, status: "all" })).map(
        (row) => [row.id, row.safetyFlags],
      );
    expect(await order()).toEqual([
      [quiet.coupleId, 0],
      [flaggedId, 0],
    ]);

    const first = await raiseHelpButtonFlag(db, flagged, { position: 1 });
    await raiseHelpButtonFlag(db, flagged, { position: 2 });
    expect(await order()).toEqual([
      [flaggedId, 2],
      [quiet.coupleId, 0],
    ]);

    await p.therapist.api.safetyFlags.close({
      practiceId: p.practiceId,
      flagId: first.id,
      ...followUp,
    });
    expect(await order()).toEqual([
      [flaggedId, 1],
      [quiet.coupleId, 0],
    ]);
  });
});
