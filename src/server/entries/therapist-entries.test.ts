import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import { rejectsWith, seedPractice } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { raiseEntryFlag } from "~/test/safety-factories";

const db = testDatabase();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe("entries.forCouple", () => {
  test("an entry with an open safety flag stays listed however many newer entries there are", async () => {
    const scene = await seedCoupleWithPartners(db);
    const { p, coupleId, a } = scene;
    const { entryId, flag } = await raiseEntryFlag(db, scene, { occurredAt: daysAgo(5) });
    const flagged = { id: entryId };
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    for (const days of [3, 2, 1]) {
      await alex.api.partner.submitEntry(
        microHurtSubmission(assignmentId, { occurredAt: daysAgo(days) }),
      );
    }
    const input = { practiceId: p.practiceId, coupleId, limit: 2 };

    const seen = await p.therapist.api.entries.forCouple(input);
    expect(seen.entries).toHaveLength(2);
    expect(seen.entries.map((e) => e.id)).not.toContain(flagged.id);
    expect(seen.openFlagEntries).toMatchObject([
      { id: flagged.id, safetyFlag: true, reviewedAt: null },
    ]);
    expect(seen.unreviewedCount).toBe(4);

    await p.therapist.api.safetyFlags.close({
      practiceId: p.practiceId,
      flagId: flag.id,
      contactMethod: "phone",
      outcome: "safe_now",
      note: "Called; safe at a friend's.",
    });
    const after = await p.therapist.api.entries.forCouple(input);
    expect(after.openFlagEntries).toEqual([]);
    expect(after.unreviewedCount).toBe(3);
  });

  test("pages of entries, newest first, reach every entry exactly once", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const sameMoment = daysAgo(3);
    const sent: string[] = [];
    for (const occurredAt of [daysAgo(4), sameMoment, sameMoment, sameMoment, daysAgo(1)]) {
      const saved = await alex.api.partner.submitEntry(
        microHurtSubmission(assignmentId, { occurredAt }),
      );
      sent.push(saved.id);
    }
    const pages: string[][] = [];
    let before: string | undefined;
    do {
      const page = await p.therapist.api.entries.forCouple({
        practiceId: p.practiceId,
        coupleId,
        limit: 2,
        before,
      });
      pages.push(page.entries.map((e) => e.id));
      before = page.olderBefore ?? undefined;
    } while (before);

    // The three entries of the same moment straddle two pages: none is lost or repeated.
    expect(pages.map((ids) => ids.length)).toEqual([2, 2, 1]);
    expect(pages[0]![0]).toBe(sent[4]);
    expect(pages[2]).toEqual([sent[0]]);
    expect(pages.flat().sort()).toEqual([...sent].sort());
  });

  test("outsider: another practice's member gets NOT_FOUND for the couple and its entries", async () => {
    const { p, coupleId, a } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const saved = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    const outsider = await seedPractice(db);
    await rejectsWith(
      outsider.owner.api.entries.forCouple({ practiceId: p.practiceId, coupleId }),
      "NOT_FOUND",
    );
    // Another tenant's entry is no place to start a page from, even for one's own couple.
    const other = await seedCoupleWithPartners(db);
    await rejectsWith(
      other.p.therapist.api.entries.forCouple({
        practiceId: other.p.practiceId,
        coupleId: other.coupleId,
        before: saved.id,
      }),
      "NOT_FOUND",
    );
    await rejectsWith(
      outsider.owner.api.entries.markReviewed({
        practiceId: outsider.practiceId,
        entryId: saved.id,
      }),
      "NOT_FOUND",
    );
    const { entries } = await p.therapist.api.entries.forCouple({
      practiceId: p.practiceId,
      coupleId,
    });
    expect(entries[0]).toMatchObject({ id: saved.id, reviewedAt: null });
  });
});
