import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { examplePayload as bidExample } from "~/homework/bid";
import { couples, entries } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";

const db = testDatabase();

test("an answer is refused, and nothing saved, for another couple's homework, homework not given to this partner, or of another kind", async () => {
  const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
  const other = await seedCoupleWithPartners(db);
  const { id: theirs } = await assignMicroHurt(other.p, other.coupleId);
  const { id: samOnly } = await assignMicroHurt(p, coupleId, [2]);
  const { id: ours } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);

  await rejectsWith(alex.api.partner.submitEntry(microHurtSubmission(theirs)), "NOT_FOUND");
  await rejectsWith(alex.api.partner.submitEntry(microHurtSubmission(samOnly)), "NOT_FOUND");
  const wrongKind = await rejectsWith(
    alex.api.partner.submitEntry({
      kind: "bid",
      assignmentId: ours,
      idempotencyKey: crypto.randomUUID(),
      payload: { ...bidExample },
    }),
    "BAD_REQUEST",
  );
  expect(wrongKind.message).toMatch(/does not match its homework/);
  expect(await db.select().from(entries).where(eq(entries.partnerId, a.id))).toEqual([]);

  // The same homework, given to both, takes either partner's answer.
  const sam = await openAsPartner(db, p, b.id);
  const saved = await sam.api.partner.submitEntry(microHurtSubmission(ours));
  expect(saved.duplicate).toBe(false);
});

test("the couple's last activity moves with a new answer, at most once a minute", async () => {
  const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const lastActivity = async () =>
    (await db.select().from(couples).where(eq(couples.id, coupleId)))[0]!.lastActivityAt;
  expect(await lastActivity()).toBeNull();

  const alex = await openAsPartner(db, p, a.id);
  await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
  const first = await lastActivity();
  expect(first).not.toBeNull();

  // Within the minute: the answer is saved, the couple's row is left alone.
  const sam = await openAsPartner(db, p, b.id);
  await sam.api.partner.submitEntry(microHurtSubmission(assignmentId));
  expect(await lastActivity()).toEqual(first);
  expect(await db.select().from(entries).where(eq(entries.coupleId, coupleId))).toHaveLength(2);

  // Older than a minute: the next answer moves it.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  await db.update(couples).set({ lastActivityAt: anHourAgo }).where(eq(couples.id, coupleId));
  await sam.api.partner.submitEntry(microHurtSubmission(assignmentId));
  expect((await lastActivity())!.getTime()).toBeGreaterThan(anHourAgo.getTime() + 60_000);
});
