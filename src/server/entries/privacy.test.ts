import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

describe("partner privacy", () => {
  test("a partner never sees the other's private entry, until its author shares it", async () => {
    const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(p, coupleId);
    const alex = await openAsPartner(db, p, a.id);
    const sam = await openAsPartner(db, p, b.id);
    const { id } = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));

    await expect(sam.api.partner.entry({ entryId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await sam.api.partner.home()).entries).toEqual([]);
    await expect(sam.api.partner.setSharing({ entryId: id, shared: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(sam.api.partner.entry({ entryId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await alex.api.partner.setSharing({ entryId: id, shared: true });
    const shared = await sam.api.partner.entry({ entryId: id });
    expect(shared).toMatchObject({ id, mine: false, authorName: "Alex", visibility: "shared" });
    expect((await sam.api.partner.home()).entries.map((e) => e.id)).toEqual([id]);

    await alex.api.partner.setSharing({ entryId: id, shared: false });
    await expect(sam.api.partner.entry({ entryId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test("a partner of another couple sees nothing, shared or not", async () => {
    const one = await seedCoupleWithPartners(db);
    const other = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(one.p, one.coupleId);
    const alex = await openAsPartner(db, one.p, one.a.id);
    const { id } = await alex.api.partner.submitEntry(
      microHurtSubmission(assignmentId, { share: true }),
    );
    const stranger = await openAsPartner(db, other.p, other.a.id);
    await expect(stranger.api.partner.entry({ entryId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(stranger.api.partner.homeworkForm({ assignmentId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await stranger.api.partner.home()).entries).toEqual([]);
  });

  test("without a partner session, partner procedures refuse", async () => {
    const { p } = await seedCoupleWithPartners(db);
    await expect(p.owner.api.partner.home()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
