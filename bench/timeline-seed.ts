import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { demoHistories } from "../scripts/lib/demo/histories";
import { demoPayload } from "../scripts/lib/demo/payloads";
import { seededRandom } from "../scripts/lib/demo/random";
import { getKind } from "../src/homework/registry";
import type { KindKey } from "../src/homework/types";
import type { Database } from "../src/server/db/client";
import {
  assignments,
  couples,
  entries,
  memberships,
  partners,
  practiceBilling,
  practices,
  therapySessions,
  users,
} from "../src/server/db/schema";

const DAY = 86_400_000;
const THERAPISTS = 20;
const TIME_ZONE = "Europe/London";

/** A practice of `coupleCount` couples whose other couples hold `fillerEntries` entries in all. */
export async function seedBenchPractice(db: Database, coupleCount: number, fillerEntries: number) {
  const [practice] = await db
    .insert(practices)
    .values({ name: `Bench ${randomUUID()}`, timeZone: TIME_ZONE })
    .returning();
  // Every practice has its billing row, as createPractice gives one.
  await db
    .insert(practiceBilling)
    .values({ practiceId: practice!.id, trialEndsAt: new Date(Date.now() + 14 * 86_400_000) });
  const staff = await db
    .insert(users)
    .values(
      Array.from({ length: THERAPISTS }, (_, i) => ({
        email: `${randomUUID()}@bench.test`,
        name: `Therapist ${i}`,
      })),
    )
    .returning();
  await db
    .insert(memberships)
    .values(
      staff.map((u) => ({ practiceId: practice!.id, userId: u.id, role: "therapist" as const })),
    );
  const practiceId = practice!.id;
  const therapistIds = sql.join(
    staff.map((u) => sql`${u.id}`),
    sql`, `,
  );
  await db.execute(sql`
    insert into couples (practice_id, label, therapist_user_id, time_zone, last_activity_at)
    select ${practiceId}, 'Couple ' || g, (array[${therapistIds}])[1 + g % ${THERAPISTS}],
      ${TIME_ZONE}, now() - (g % 90) * interval '1 day'
    from generate_series(1, ${coupleCount}) g`);
  await db.execute(sql`
    insert into partners (practice_id, couple_id, position, display_name, time_zone)
    select c.practice_id, c.id, v.pos, case v.pos when 1 then 'Ari ' else 'Bo ' end || c.label,
      ${TIME_ZONE}
    from couples c cross join (values (1), (2)) v(pos) where c.practice_id = ${practiceId}`);
  // The target couple is the first; the others share the filler entries, spread over two years.
  const [target] = await db
    .select()
    .from(couples)
    .where(eq(couples.practiceId, practiceId))
    .orderBy(couples.label)
    .limit(1);
  const filler = getKind("micro_hurt").schema.parse(
    demoPayload("micro_hurt", seededRandom(1), demoHistories[0]!.personas[0], 0.5),
  );
  const fillerPartners = 2 * (coupleCount - 1);
  await db.execute(sql`
    with p as (
      select id, couple_id, row_number() over (order by id) - 1 as n
      from partners where practice_id = ${practiceId} and couple_id <> ${target!.id}
    )
    insert into entries (practice_id, couple_id, partner_id, kind, schema_version, payload,
      occurred_at, visibility, idempotency_key)
    select ${practiceId}, p.couple_id, p.id,
      (array['micro_hurt', 'bid', 'cycle_map', 'soft_checkin', 'csi4'])[1 + g % 5],
      ${getKind("micro_hurt").version}, ${JSON.stringify(filler)}::jsonb,
      now() - (g % 730) * interval '1 day' - (g % 1440) * interval '1 minute', 'private',
      gen_random_uuid()
    from generate_series(0, ${fillerEntries - 1}) g
    join p on p.n = g % ${fillerPartners}`);
  const therapist = staff.find((u) => u.id === target!.therapistUserId)!;
  return { practiceId, therapist, target: target! };
}

/** Daily homework as the target couple is asked it, from two years ago. */
const plan: { kind: KindKey; cadence: "daily" | "weekly" | "whenever" }[] = [
  { kind: "micro_hurt", cadence: "whenever" },
  { kind: "bid", cadence: "daily" },
  { kind: "cycle_map", cadence: "whenever" },
  { kind: "soft_checkin", cadence: "weekly" },
  { kind: "repair_script", cadence: "whenever" },
  { kind: "csi4", cadence: "weekly" },
];
const daily: KindKey[] = [
  "micro_hurt",
  "bid",
  "cycle_map",
  "bid",
  "soft_checkin",
  "micro_hurt",
  "repair_script",
];

/** The couple's homework, assigned `days` ago. */
export async function seedAssignments(
  db: Database,
  args: { practiceId: string; coupleId: string; therapistId: string; days: number },
) {
  return db
    .insert(assignments)
    .values(
      plan.map((p) => ({
        practiceId: args.practiceId,
        coupleId: args.coupleId,
        kind: p.kind,
        title: getKind(p.kind).title,
        partnerPositions: [1, 2],
        cadence: p.cadence,
        assignedByUserId: args.therapistId,
        createdAt: new Date(Date.now() - args.days * DAY),
      })),
    )
    .returning({ id: assignments.id, kind: assignments.kind });
}

/**
 * `perDay` entries a day from each partner for `days` days ending now (a rotation of kinds) and
 * a CSI-4 a week each, against the couple's homework.
 */
export async function seedCoupleHistory(
  db: Database,
  args: {
    practiceId: string;
    coupleId: string;
    given: { id: string; kind: string }[];
    days: number;
    perDay: number;
    seed: number;
  },
) {
  const { given } = args;
  const pair = await db
    .select()
    .from(partners)
    .where(eq(partners.coupleId, args.coupleId))
    .orderBy(partners.position);
  const now = Date.now();
  const start = now - args.days * DAY;
  const r = seededRandom(args.seed);
  const rows: (typeof entries.$inferInsert)[] = [];
  const add = (kind: KindKey, index: number, at: number, progress: number) => {
    const payload = getKind(kind).schema.parse(
      demoPayload(kind, r, demoHistories[0]!.personas[index]!, progress),
    );
    rows.push({
      practiceId: args.practiceId,
      coupleId: args.coupleId,
      partnerId: pair[index]!.id,
      assignmentId: given.find((a) => a.kind === kind)!.id,
      kind,
      schemaVersion: getKind(kind).version,
      payload,
      occurredAt: new Date(at),
      visibility: r.chance(0.3) ? "shared" : "private",
      safetyFlag: r.chance(0.002),
      idempotencyKey: randomUUID(),
    });
  };
  for (let day = 0; day < args.days; day++) {
    const progress = day / args.days;
    for (const index of [0, 1]) {
      for (let n = 0; n < args.perDay; n++) {
        const at = start + day * DAY + (8 + r.int(0, 14)) * 3_600_000 + r.int(0, 59) * 60_000;
        add(
          daily[(day + index + n * 3) % daily.length]!,
          index,
          Math.min(at, now - 60_000),
          progress,
        );
      }
      if (day % 7 === 6) add("csi4", index, start + day * DAY + 20 * 3_600_000, progress);
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db.insert(entries).values(rows.slice(i, i + 500));
  return rows.length;
}

/** A session every 14 days up to a week ago: "since last session" covers the last 8 days. */
export async function seedSessions(
  db: Database,
  args: { practiceId: string; coupleId: string; therapistId: string; days: number },
) {
  const dates = [];
  for (let day = 7; day < args.days; day += 14) {
    dates.push(new Date(Date.now() - day * DAY).toISOString().slice(0, 10));
  }
  await db.insert(therapySessions).values(
    dates.map((sessionOn) => ({
      practiceId: args.practiceId,
      coupleId: args.coupleId,
      sessionOn,
      notes: "Fortnightly session.",
      createdByUserId: args.therapistId,
    })),
  );
}
