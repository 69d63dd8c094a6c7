import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, entries, entryUpdates } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

const notRepaired = {
  observation: "They checked their phone while I was talking about my day.",
  category: "phone",
  feelings: ["hurt"],
  intensity: 6,
  raised: false,
  repaired: false,
};

const repairedLater = {
  raised: true,
  repaired: true,
  repairHow: "We talked it through over dinner.",
  repairedAfter: { amount: 2, unit: "days" },
};

async function loggedHurt(share = false) {
  const seeded = await seedCoupleWithPartners(db);
  const { p, coupleId, a, b } = seeded;
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);
  const sam = await openAsPartner(db, p, b.id);
  const { id } = await alex.api.partner.submitEntry(
    microHurtSubmission(assignmentId, { payload: notRepaired, share }),
  );
  const update = (payload: Record<string, unknown> = repairedLater, key = crypto.randomUUID()) => ({
    entryId: id,
    kind: "micro_hurt" as const,
    idempotencyKey: key,
    payload,
  });
  return { ...seeded, assignmentId, alex, sam, id, update };
}

const storedUpdates = (entryId: string) =>
  db.select().from(entryUpdates).where(eq(entryUpdates.entryId, entryId));

describe("partner.updateEntry", () => {
  test("the author marks a hurt repaired later: a new version, the original kept, audited without content", async () => {
    const { p, coupleId, alex, id, update } = await loggedHurt();
    const [before] = await db.select().from(entries).where(eq(entries.id, id));
    const input = update();
    const saved = await alex.api.partner.updateEntry(input);
    expect(saved.duplicate).toBe(false);
    // A retried save on the same device key makes one update.
    const again = await alex.api.partner.updateEntry(input);
    expect(again).toMatchObject({ id: saved.id, duplicate: true });
    expect(await storedUpdates(id)).toHaveLength(1);

    const [after] = await db.select().from(entries).where(eq(entries.id, id));
    expect(after).toEqual(before);

    const mine = await alex.api.partner.entry({ entryId: id });
    expect(mine.latestUpdate?.payload).toEqual(repairedLater);

    const detail = await p.therapist.api.timeline.entry({
      practiceId: p.practiceId,
      coupleId,
      entryId: id,
    });
    expect(detail.updatedAt).toEqual(saved.savedAt);
    expect(detail.summary).toBe("Phone or distraction · intensity 6 · repaired after 2 days");
    expect(detail.answers).toContainEqual({ label: "Was it repaired?", value: "Yes" });
    expect(detail.answers).toContainEqual({ label: "How long after?", value: "2 days" });
    expect(detail.original).toContainEqual({ label: "Was it repaired?", value: "Not yet" });

    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "entry.updated"), eq(auditEvents.subjectId, id)));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]?.details)).not.toContain("dinner");
  });

  test("newest wins: a later update replaces every later field of the one before", async () => {
    const { p, coupleId, alex, id, update } = await loggedHurt();
    await alex.api.partner.updateEntry(update());
    await alex.api.partner.updateEntry(update({ raised: true, repaired: false }));
    const detail = await p.therapist.api.timeline.entry({
      practiceId: p.practiceId,
      coupleId,
      entryId: id,
    });
    expect(detail.answers).toContainEqual({ label: "Was it repaired?", value: "Not yet" });
    expect(detail.answers.map((a) => a.label)).not.toContain("How long after?");
    expect(await storedUpdates(id)).toHaveLength(2);
  });

  test("only the author: the other partner and another couple get NOT_FOUND, and nothing changes", async () => {
    const { p, sam, id, update } = await loggedHurt(true);
    await rejectsWith(sam.api.partner.updateEntry(update()), "NOT_FOUND");
    const other = await seedCoupleWithPartners(db);
    const stranger = await openAsPartner(db, other.p, other.a.id);
    await rejectsWith(stranger.api.partner.updateEntry(update()), "NOT_FOUND");
    expect(await storedUpdates(id)).toEqual([]);
    expect(p.practiceId).not.toBe(other.p.practiceId);
  });

  test("a shared hurt reads updated for the partner it is shared with", async () => {
    const { alex, sam, id, update } = await loggedHurt(true);
    await alex.api.partner.updateEntry(update());
    const seen = await sam.api.partner.entry({ entryId: id });
    expect(seen.mine).toBe(false);
    expect(seen.latestUpdate?.payload).toMatchObject({ repaired: true });
    const listed = (await sam.api.partner.home()).entries.find((e) => e.id === id);
    expect(listed?.latestUpdate?.payload).toMatchObject({ repaired: true });
  });

  test("only the answers a kind lets its author update, with field messages", async () => {
    const { alex, id, update } = await loggedHurt();
    const other = await rejectsWith(
      alex.api.partner.updateEntry(update({ ...repairedLater, intensity: 2 })),
      "BAD_REQUEST",
    );
    expect(other.message).toMatch(/no field called intensity/);
    const noUnit = await rejectsWith(
      alex.api.partner.updateEntry(update({ ...repairedLater, repairedAfter: { amount: 2 } })),
      "BAD_REQUEST",
    );
    expect(noUnit.message).toMatch(/minutes, hours or days/);
    await rejectsWith(
      alex.api.partner.updateEntry({ ...update(), kind: "bid" as const }),
      "BAD_REQUEST",
    );
    await rejectsWith(
      alex.api.partner.updateEntry({
        ...update({ landed: true, closeness: 4 }),
        kind: "repair_script" as const,
      }),
      "BAD_REQUEST",
    );
    expect(await storedUpdates(id)).toEqual([]);
  });

  test("a later repair is welcome after the homework was closed or paused", async () => {
    const { p, alex, id, assignmentId, update } = await loggedHurt();
    await p.therapist.api.homework.setStatus({
      practiceId: p.practiceId,
      assignmentId,
      status: "cancelled",
    });
    await alex.api.partner.updateEntry(update());
    expect(await storedUpdates(id)).toHaveLength(1);
  });

  test("the timeline and its numbers read the hurt as repaired", async () => {
    const { p, coupleId, alex, update } = await loggedHurt();
    const timeline = () =>
      p.therapist.api.timeline.forCouple({ practiceId: p.practiceId, coupleId, range: "12w" });
    expect((await timeline()).keyNumbers.current).toMatchObject({ hurts: 1, repairRate: 0 });
    await alex.api.partner.updateEntry(update());
    const after = await timeline();
    expect(after.keyNumbers.current).toMatchObject({
      hurts: 1,
      repairRate: 1,
      medianMinutesToRepair: 2 * 24 * 60,
    });
    expect(after.entries[0]?.updatedAt).toBeInstanceOf(Date);
  });

  test("a landed repair script linked to the hurt repairs it, also on a hurts-only view", async () => {
    const { p, coupleId, alex, sam, id } = await loggedHurt();
    const { id: scriptsId } = await p.therapist.api.homework.assign({
      practiceId: p.practiceId,
      coupleId,
      kind: "repair_script",
      partnerPositions: [1, 2],
      cadence: "whenever",
    });
    const script = (landed: boolean) => ({
      kind: "repair_script" as const,
      assignmentId: scriptsId,
      idempotencyKey: crypto.randomUUID(),
      payload: {
        hurtEntryId: id,
        feelings: ["sad"],
        myReality: "I felt unseen.",
        partnerReality: "They were tired.",
        doDifferently: "Say it sooner.",
        landed,
        closeness: 6,
      },
    });
    const hurtsOnly = () =>
      p.therapist.api.timeline.forCouple({
        practiceId: p.practiceId,
        coupleId,
        range: "12w",
        kinds: ["micro_hurt"],
      });
    // Sam cannot link Alex's hurt; Alex's script that did not land repairs nothing.
    await rejectsWith(sam.api.partner.submitEntry(script(true)), "BAD_REQUEST");
    await alex.api.partner.submitEntry(script(false));
    expect((await hurtsOnly()).keyNumbers.current).toMatchObject({ repairRate: 0 });
    await alex.api.partner.submitEntry(script(true));
    const after = await hurtsOnly();
    expect(after.keyNumbers.current).toMatchObject({ hurts: 1, repairRate: 1 });
    expect(after.entries.map((e) => e.kind)).toEqual(["micro_hurt"]);
  });
});
