import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
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

test("an entry flagged unsafe stays private: ticking share does nothing, sharing later is refused", async () => {
  const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);
  const sam = await openAsPartner(db, p, b.id);

  const saved = await alex.api.partner.submitEntry(
    microHurtSubmission(assignmentId, { share: true, safetyFlag: true }),
  );
  const [row] = await db.select().from(entries).where(eq(entries.id, saved.id));
  expect(row).toMatchObject({ visibility: "private", sharedAt: null, safetyFlag: true });
  const error = await rejectsWith(
    alex.api.partner.setSharing({ entryId: saved.id, shared: true }),
    "FORBIDDEN",
  );
  expect(error.message).toMatch(/stays between you and your therapist/);
  await rejectsWith(sam.api.partner.entry({ entryId: saved.id }), "NOT_FOUND");

  // Even a row shared before this was enforced never reaches the other partner.
  await db.update(entries).set({ visibility: "shared" }).where(eq(entries.id, saved.id));
  await rejectsWith(sam.api.partner.entry({ entryId: saved.id }), "NOT_FOUND");
  const home = await sam.api.partner.home();
  expect(home.entries.map((e) => e.id)).not.toContain(saved.id);
});
