import { eq, sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { takeRateLimit } from "~/server/rate-limit/rate-limit";
import { partnerLinks, partnerSessions, rateLimits } from "~/server/db/schema";
import { hashToken } from "~/server/tokens";
import { testDatabase } from "~/test/db";
import { unique } from "~/test/factories";
import { openAsPartner, seedCoupleWithPartners } from "~/test/homework-factories";
import { pruneExpired } from "./prune";

const db = testDatabase();

test("old rate-limit windows, ended partner sessions and long-dead links are pruned; live ones stay", async () => {
  const { p, a, b } = await seedCoupleWithPartners(db);
  const live = await openAsPartner(db, p, a.id);
  const ended = await openAsPartner(db, p, b.id);
  await db
    .update(partnerSessions)
    .set({ expiresAt: sql`now() - interval '1 minute'` })
    .where(eq(partnerSessions.partnerId, b.id));
  const stale = await openAsPartner(db, p, b.id);
  await db
    .update(partnerLinks)
    .set({ expiresAt: sql`now() - interval '40 days'` })
    .where(eq(partnerLinks.tokenHash, hashToken(stale.token)));
  const key = unique("limit");
  await takeRateLimit(db, {
    key,
    limit: 1,
    windowSeconds: 60,
    now: new Date(Date.now() - 2 * 86_400_000),
  });

  await pruneExpired(db);

  const sessions = await db
    .select()
    .from(partnerSessions)
    .where(eq(partnerSessions.partnerId, b.id));
  expect(sessions).toEqual([]);
  expect(
    await db.select().from(partnerSessions).where(eq(partnerSessions.partnerId, a.id)),
  ).toHaveLength(1);
  expect(live.scope.partnerId).toBe(a.id);
  expect(ended.scope.partnerId).toBe(b.id);
  expect(await db.select().from(rateLimits).where(eq(rateLimits.key, key))).toEqual([]);
  const links = await db.select().from(partnerLinks).where(eq(partnerLinks.partnerId, b.id));
  expect(links).toHaveLength(1); // the recently ended session's link is kept, the 40-day one is gone
});
