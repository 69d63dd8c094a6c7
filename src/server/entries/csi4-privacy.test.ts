import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { examplePayload as csi4Example } from "~/homework/csi4";
import { entries } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

test("a CSI-4 is never shown to the other partner: share is ignored, sharing later is refused", async () => {
  const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await p.therapist.api.homework.assign({
    practiceId: p.practiceId,
    coupleId,
    kind: "csi4",
    partnerPositions: [1, 2],
    cadence: "whenever",
  });
  const alex = await openAsPartner(db, p, a.id);
  const sam = await openAsPartner(db, p, b.id);

  const saved = await alex.api.partner.submitEntry({
    kind: "csi4",
    assignmentId,
    idempotencyKey: crypto.randomUUID(),
    payload: { ...csi4Example },
    share: true,
  });
  const [row] = await db.select().from(entries).where(eq(entries.id, saved.id));
  expect(row).toMatchObject({ visibility: "private", sharedAt: null });

  const error = await rejectsWith(
    alex.api.partner.setSharing({ entryId: saved.id, shared: true }),
    "FORBIDDEN",
  );
  expect(error.message).toMatch(/stay between you and your therapist/);
  const [after] = await db.select().from(entries).where(eq(entries.id, saved.id));
  expect(after?.visibility).toBe("private");
  await rejectsWith(sam.api.partner.entry({ entryId: saved.id }), "NOT_FOUND");

  // A row shared before this was enforced never reaches the other partner either.
  await db.update(entries).set({ visibility: "shared" }).where(eq(entries.id, saved.id));
  await rejectsWith(sam.api.partner.entry({ entryId: saved.id }), "NOT_FOUND");
  expect((await sam.api.partner.home()).entries.map((e) => e.id)).not.toContain(saved.id);
  // Its author still reads it, and may make it private again.
  expect((await alex.api.partner.entry({ entryId: saved.id })).id).toBe(saved.id);
  await alex.api.partner.setSharing({ entryId: saved.id, shared: false });

  // Other kinds are still shared as their author chooses.
  const { id: hurtAssignment } = await assignMicroHurt(p, coupleId);
  const hurt = await alex.api.partner.submitEntry(
    microHurtSubmission(hurtAssignment, { share: true }),
  );
  expect((await sam.api.partner.entry({ entryId: hurt.id })).id).toBe(hurt.id);
});
