import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, coupleItems } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { openAsPartner, seedCoupleWithPartners } from "~/test/homework-factories";

const db = testDatabase();

async function sceneWithItems() {
  const a = await seedCoupleWithPartners(db);
  const api = a.p.therapist.api;
  const practiceId = a.p.practiceId;
  const ritual = await api.coupleItems.add({
    practiceId,
    coupleId: a.coupleId,
    type: "ritual",
    label: "A proper goodbye in the morning",
    rhythm: "daily",
  });
  const win = await api.coupleItems.add({
    practiceId,
    coupleId: a.coupleId,
    type: "small_win",
    label: "Cook together once a week",
  });
  const snapshot = () =>
    db
      .select()
      .from(coupleItems)
      .where(eq(coupleItems.coupleId, a.coupleId))
      .orderBy(coupleItems.id);
  return { a, practiceId, ritual, win, snapshot };
}

describe("a couple's rituals and small wins, kept by their therapist", () => {
  test("added, listed, renamed and archived, each audited without the words", async () => {
    const { a, practiceId, ritual, win } = await sceneWithItems();
    const api = a.p.therapist.api;
    await api.coupleItems.rename({ practiceId, itemId: ritual.id, label: "Goodbye kiss" });
    await api.coupleItems.archive({ practiceId, itemId: win.id });
    const list = await api.coupleItems.forCouple({ practiceId, coupleId: a.coupleId });
    expect(list.map((i) => [i.label, i.type, i.rhythm, i.archivedAt !== null])).toEqual([
      ["Goodbye kiss", "ritual", "daily", false],
      ["Cook together once a week", "small_win", null, true],
    ]);
    const events = await db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.coupleId, a.coupleId), eq(auditEvents.subjectType, "couple_item")));
    expect(events.map((e) => e.action).sort()).toEqual([
      "couple_item.added",
      "couple_item.added",
      "couple_item.archived",
      "couple_item.renamed",
    ]);
    expect(JSON.stringify(events)).not.toMatch(/goodbye|cook/i);
  });

  test("keeps to three small wins and eight rituals at a time, and says why", async () => {
    const { a, practiceId } = await sceneWithItems();
    const add = (label: string) =>
      a.p.therapist.api.coupleItems.add({
        practiceId,
        coupleId: a.coupleId,
        type: "small_win",
        label,
      });
    await add("Plan a day out");
    await add("Call my sister together");
    await expect(add("One too many")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A couple keeps at most 3 small wins at a time. Archive one to add another.",
    });
  });

  test("asks a ritual's rhythm and a short name", async () => {
    const { a, practiceId } = await sceneWithItems();
    const api = a.p.therapist.api;
    await expect(
      api.coupleItems.add({ practiceId, coupleId: a.coupleId, type: "ritual", label: "Walk" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api.coupleItems.add({
        practiceId,
        coupleId: a.coupleId,
        type: "small_win",
        label: "x".repeat(81),
      }),
    ).rejects.toThrow("Keep the name under 80 characters.");
  });
});

describe("couple items answer NOT_FOUND to anyone who may not see the couple, and change nothing", () => {
  test("another practice, with either practice id, and a colleague who does not treat them", async () => {
    const s = await sceneWithItems();
    const b = await seedCoupleWithPartners(db);
    const before = await s.snapshot();
    const callers = [
      { api: b.p.owner.api, practiceIds: [b.p.practiceId, s.practiceId] },
      { api: s.a.p.otherTherapist.api, practiceIds: [s.practiceId] },
    ];
    for (const { api, practiceIds } of callers) {
      for (const practiceId of practiceIds) {
        const attempts = [
          () => api.coupleItems.forCouple({ practiceId, coupleId: s.a.coupleId }),
          () =>
            api.coupleItems.add({
              practiceId,
              coupleId: s.a.coupleId,
              type: "small_win",
              label: "Ours now",
            }),
          () => api.coupleItems.rename({ practiceId, itemId: s.ritual.id, label: "Ours now" }),
          () => api.coupleItems.archive({ practiceId, itemId: s.win.id }),
        ];
        for (const attempt of attempts)
          await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
    expect(await s.snapshot()).toEqual(before);
  });
});

describe("partners and their couple's items", () => {
  test("see only their own couple's active items, and add one the couple chose", async () => {
    const s = await sceneWithItems();
    const other = await seedCoupleWithPartners(db);
    await other.p.therapist.api.coupleItems.add({
      practiceId: other.p.practiceId,
      coupleId: other.coupleId,
      type: "ritual",
      label: "Someone else's ritual",
      rhythm: "weekly",
    });
    await s.a.p.therapist.api.coupleItems.archive({ practiceId: s.practiceId, itemId: s.win.id });
    const alex = await openAsPartner(db, s.a.p, s.a.a.id);
    const added = await alex.api.partner.addCoupleItem({
      type: "ritual",
      label: "Tea in bed on Sunday",
      rhythm: "weekly",
    });
    expect(added).toMatchObject({
      label: "Tea in bed on Sunday",
      type: "ritual",
      rhythm: "weekly",
    });
    const sam = await openAsPartner(db, s.a.p, s.a.b.id);
    expect((await sam.api.partner.coupleItems()).map((i) => i.label)).toEqual([
      "A proper goodbye in the morning",
      "Tea in bed on Sunday",
    ]);
    const [row] = await db.select().from(coupleItems).where(eq(coupleItems.id, added.id));
    expect(row).toMatchObject({ createdByPartnerId: s.a.a.id, createdByUserId: null });
  });
});
