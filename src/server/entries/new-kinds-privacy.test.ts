import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { KindKey } from "~/homework/types";
import { entries } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { openAsPartner, seedCoupleWithPartners } from "~/test/homework-factories";
import { localDateOf } from "~/timeline/weeks";

const db = testDatabase();

/** A couple with a ritual and a small win, homework of the given kind, and both partners' phones. */
async function scene(kind: KindKey) {
  const s = await seedCoupleWithPartners(db);
  const practiceId = s.p.practiceId;
  const api = s.p.therapist.api;
  const ritual = await api.coupleItems.add({
    practiceId,
    coupleId: s.coupleId,
    type: "ritual",
    label: "Goodnight, properly",
    rhythm: "daily",
  });
  const win = await api.coupleItems.add({
    practiceId,
    coupleId: s.coupleId,
    type: "small_win",
    label: "Cook together once a week",
  });
  const { id: assignmentId } = await api.homework.assign({
    practiceId,
    coupleId: s.coupleId,
    kind,
    partnerPositions: [1, 2],
    cadence: "daily",
  });
  const alex = await openAsPartner(db, s.p, s.a.id);
  const sam = await openAsPartner(db, s.p, s.b.id);
  const submit = (payload: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    alex.api.partner.submitEntry({
      kind,
      assignmentId,
      idempotencyKey: crypto.randomUUID(),
      payload,
      ...extra,
    });
  const samSees = async (entryId: string) =>
    (await sam.api.partner.home()).entries.some((e) => e.id === entryId);
  return { s, ritual, win, alex, sam, submit, samSees };
}

const stored = async (id: string) =>
  (await db.select().from(entries).where(eq(entries.id, id)))[0]!;

describe("small wins are shared by default, and stay the author's to change", () => {
  test("a step sent without a word on sharing is shared; its author can make it private", async () => {
    const { win, alex, submit, samSees } = await scene("small_win");
    const { id } = await submit({
      goal: { id: win.id, label: "Cook together once a week" },
      step: "Picked a recipe.",
    });
    expect((await stored(id)).visibility).toBe("shared");
    expect(await samSees(id)).toBe(true);
    await alex.api.partner.setSharing({ entryId: id, shared: false });
    expect((await stored(id)).visibility).toBe("private");
    expect(await samSees(id)).toBe(false);
  });

  test("private on request, and never shared with a safety flag", async () => {
    const { win, submit, samSees } = await scene("small_win");
    const goal = { id: win.id, label: "Cook together once a week" };
    const kept = await submit({ goal, step: "Bought the food." }, { share: false });
    expect((await stored(kept.id)).visibility).toBe("private");
    const flagged = await submit({ goal, step: "Tried." }, { safetyFlag: true });
    expect((await stored(flagged.id)).visibility).toBe("private");
    expect(await samSees(kept.id)).toBe(false);
    expect(await samSees(flagged.id)).toBe(false);
  });

  test("a session opened from a link shown on a staff screen keeps the default private", async () => {
    const { s, win } = await scene("small_win");
    const onScreen = await openAsPartner(db, s.p, s.a.id, { via: "screen" });
    const { id } = await onScreen.api.partner.submitEntry({
      kind: "small_win",
      idempotencyKey: crypto.randomUUID(),
      payload: { goal: { id: win.id, label: "x" }, step: "Booked it." },
    });
    expect((await stored(id)).visibility).toBe("private");
  });
});

describe("reflections and ritual ticks follow the normal rules", () => {
  test("a reflection is private unless its author shares it", async () => {
    const { alex, submit, samSees } = await scene("reflection");
    const { id } = await submit({ stage: "start", notice: "n", miss: "m", hope: "h" });
    expect((await stored(id)).visibility).toBe("private");
    expect(await samSees(id)).toBe(false);
    await alex.api.partner.setSharing({ entryId: id, shared: true });
    expect(await samSees(id)).toBe(true);
  });

  test("a ritual tick is private, dated the partner's today, in the couple's stored words", async () => {
    const { s, ritual, submit, samSees } = await scene("ritual_tracker");
    const { id } = await submit({
      rituals: [{ id: ritual.id, label: "Something the phone made up", rhythm: "weekly" }],
    });
    const row = await stored(id);
    expect(row.visibility).toBe("private");
    expect(await samSees(id)).toBe(false);
    expect(row.payload).toEqual({
      rituals: [{ id: ritual.id, label: "Goodnight, properly", rhythm: "daily" }],
      day: localDateOf(new Date(), s.a.timeZone),
    });
  });

  test("a tick sent later keeps the day it was made; a day to come is refused", async () => {
    const { ritual, submit } = await scene("ritual_tracker");
    const rituals = [{ id: ritual.id, label: "Goodnight, properly", rhythm: "daily" }];
    const { id } = await submit({ rituals, day: "2026-01-05" });
    expect((await stored(id)).payload).toMatchObject({ day: "2026-01-05" });
    await expect(submit({ rituals, day: "2999-01-01" })).rejects.toThrow(
      "That day hasn't come yet.",
    );
  });
});

describe("entries may only name the author's own couple's rituals and small wins", () => {
  test("another couple's ritual or small win is refused and nothing is stored", async () => {
    const { s, submit } = await scene("ritual_tracker");
    const other = await seedCoupleWithPartners(db);
    const theirs = await other.p.therapist.api.coupleItems.add({
      practiceId: other.p.practiceId,
      coupleId: other.coupleId,
      type: "ritual",
      label: "Theirs",
      rhythm: "daily",
    });
    await expect(
      submit({ rituals: [{ id: theirs.id, label: "Theirs", rhythm: "daily" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Choose one of your own rituals." });
    const stored = await db.select().from(entries).where(eq(entries.coupleId, s.coupleId));
    expect(stored).toEqual([]);
  });

  test("a small win's id cannot stand in for a ritual", async () => {
    const { win, submit } = await scene("ritual_tracker");
    await expect(
      submit({ rituals: [{ id: win.id, label: "Cook", rhythm: "daily" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
