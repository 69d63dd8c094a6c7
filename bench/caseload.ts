/**
 * Caseload listing at practice scale: the procedure (membership check, scoping, filters,
 * partner names) against the bare SQL that returns the same rows, both measured in this run.
 *   npm run bench:caseload
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { createDatabase } from "../src/server/db/client";
import {
  couples,
  memberships,
  partners,
  practiceBilling,
  practices,
  users,
} from "../src/server/db/schema";
import { benchDatabase, measure, row } from "./lib";

const COUPLES = Number(process.env.BENCH_COUPLES ?? 3000);
const THERAPISTS = 20;
const OTHER_PRACTICES = 20;

const { url, stop } = await benchDatabase();
// The app's modules read DATABASE_URL when first imported, so load them only now.
process.env.DATABASE_URL = url;
const { createCaller } = await import("../src/server/trpc/root");
const { db, close } = createDatabase(url, { max: 4 });

async function seedPractice(coupleCount: number) {
  const [practice] = await db
    .insert(practices)
    .values({ name: `Bench ${randomUUID()}`, timeZone: "UTC" })
    .returning();
  // Every practice has its billing row, as createPractice gives one.
  await db
    .insert(practiceBilling)
    .values({ practiceId: practice!.id, trialEndsAt: new Date(Date.now() + 14 * 86_400_000) });
  const staff = await db
    .insert(users)
    .values(
      Array.from({ length: THERAPISTS + 1 }, (_, i) => ({
        email: `${randomUUID()}@bench.test`,
        name: `Staff ${i}`,
      })),
    )
    .returning();
  await db.insert(memberships).values(
    staff.map((u, i) => ({
      practiceId: practice!.id,
      userId: u.id,
      role: i === 0 ? ("owner" as const) : ("therapist" as const),
    })),
  );
  for (let start = 0; start < coupleCount; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, coupleCount - start) }, (_, i) => ({
      practiceId: practice!.id,
      label: `Couple ${start + i}`,
      status: (["active", "active", "paused", "discharged"] as const)[(start + i) % 4],
      therapistUserId: staff[1 + ((start + i) % THERAPISTS)]!.id,
      timeZone: "UTC",
      lastActivityAt: new Date(Date.now() - ((start + i) % 90) * 86_400_000),
    }));
    const inserted = await db.insert(couples).values(batch).returning({ id: couples.id });
    await db.insert(partners).values(
      inserted.flatMap((c, i) => [
        {
          practiceId: practice!.id,
          coupleId: c.id,
          position: 1,
          displayName: `Ari ${start + i}`,
          timeZone: "UTC",
        },
        {
          practiceId: practice!.id,
          coupleId: c.id,
          position: 2,
          displayName: `Bo ${start + i}`,
          timeZone: "UTC",
        },
      ]),
    );
  }
  return { practiceId: practice!.id, owner: staff[0]!, therapist: staff[1]! };
}

console.log(`Seeding ${OTHER_PRACTICES} other practices and one of ${COUPLES} couples…`);
for (let i = 0; i < OTHER_PRACTICES; i++) await seedPractice(COUPLES);
const target = await seedPractice(COUPLES);
await db.execute(sql`analyze`);

const owner = createCaller({
  db,
  user: { id: target.owner.id, email: target.owner.email, name: null },
});
const therapist = createCaller({
  db,
  user: { id: target.therapist.id, email: target.therapist.email, name: null },
});

const bareSql = (therapistId?: string) => () =>
  db.execute(sql`
    select c.id, c.label, c.status, c.therapist_user_id, u.name, u.email, c.last_activity_at,
      coalesce((select array_agg(p.display_name order by p.position) from partners p where p.couple_id = c.id), '{}'),
      (select count(*) from assignments a where a.couple_id = c.id and a.status = 'active'),
      (select count(*) from entries e where e.couple_id = c.id and e.reviewed_at is null),
      (select count(*) from entries e where e.couple_id = c.id and e.reviewed_at is null and e.safety_flag)
    from couples c join users u on u.id = c.therapist_user_id
    where c.practice_id = ${target.practiceId} and c.status in ('active', 'paused')
      ${therapistId ? sql`and c.therapist_user_id = ${therapistId}` : sql``}
    order by c.last_activity_at desc nulls last, c.label limit 500`);

const wholeSql = await measure(bareSql());
const whole = await measure(() =>
  owner.caseload.list({ practiceId: target.practiceId, status: "current" }),
);
const ownSql = await measure(bareSql(target.therapist.id));
const own = await measure(() =>
  therapist.caseload.list({ practiceId: target.practiceId, status: "current" }),
);
const search = await measure(() =>
  owner.caseload.list({ practiceId: target.practiceId, status: "all", search: "Ari 12" }),
);

console.log(
  `\nPractice of ${COUPLES} couples among ${(OTHER_PRACTICES + 1) * COUPLES} in the database:`,
);
console.log(row("bare SQL, whole practice (500 rows)", wholeSql));
console.log(row("caseload.list as owner (500 rows)", whole, wholeSql));
console.log(row("bare SQL, one therapist", ownSql));
console.log(row("caseload.list as therapist", own, ownSql));
console.log(row("caseload.list search by partner name", search, wholeSql));

await close();
await stop();
