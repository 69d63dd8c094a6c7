import { and, eq, inArray } from "drizzle-orm";
import { getKind } from "../../../src/homework/registry";
import type { KindKey } from "../../../src/homework/types";
import type { Database } from "../../../src/server/db/client";
import { assignments, couples, entries, partners } from "../../../src/server/db/schema";
import type { Cadence } from "../../../src/domain/homework";
import { demoPayload, type Persona } from "./payloads";
import { seededRandom, type Random } from "./random";

const DAY = 24 * 60 * 60 * 1000;

const plan: { kind: KindKey; cadence: Cadence; perWeek: [number, number] }[] = [
  { kind: "micro_hurt", cadence: "whenever", perWeek: [1, 4] },
  { kind: "cycle_map", cadence: "weekly", perWeek: [0, 1] },
  { kind: "repair_script", cadence: "whenever", perWeek: [0, 1] },
  { kind: "bid", cadence: "whenever", perWeek: [2, 5] },
  { kind: "soft_checkin", cadence: "weekly", perWeek: [1, 1] },
  { kind: "csi4", cadence: "weekly", perWeek: [1, 1] },
];

export interface DemoHistory {
  label: string;
  weeks: number;
  seed: number;
  personas: [Persona, Persona];
}

/** UTC-5: the demo couples live in New York, so their moments fall in its mornings and evenings. */
const DEMO_UTC_OFFSET_HOURS = 5;

/** A time in the evening or at a weekend breakfast, when couples tend to collide. */
function momentIn(r: Random, weekStart: number, now: number): Date {
  const at =
    DEMO_UTC_OFFSET_HOURS * 60 * 60 * 1000 +
    weekStart +
    r.int(0, 6) * DAY +
    r.pick([7.5, 12.5, 18, 19.5, 21, 22.5]) * 60 * 60 * 1000 +
    r.int(0, 40) * 60 * 1000;
  return new Date(Math.min(at, now - r.int(1, 6) * 60 * 60 * 1000));
}

/** Weeks of homework for one demo couple: assignments from the start, entries from both partners. */
export async function seedHomeworkHistory(
  db: Database,
  practiceId: string,
  assignedBy: string,
  history: DemoHistory,
) {
  const [couple] = await db
    .select()
    .from(couples)
    .where(and(eq(couples.practiceId, practiceId), eq(couples.label, history.label)));
  if (!couple) return 0;
  const pair = await db
    .select()
    .from(partners)
    .where(eq(partners.coupleId, couple.id))
    .orderBy(partners.position);
  const now = Date.now();
  // Midnight UTC, so that the hours below are times of day.
  const start = Math.floor((now - history.weeks * 7 * DAY) / DAY) * DAY;
  const r = seededRandom(history.seed);

  const given = await db
    .insert(assignments)
    .values(
      plan.map((p) => ({
        practiceId,
        coupleId: couple.id,
        kind: p.kind,
        title: getKind(p.kind).title,
        partnerPositions: [1, 2],
        cadence: p.cadence,
        assignedByUserId: assignedBy,
        createdAt: new Date(start),
        updatedAt: new Date(start),
      })),
    )
    .returning();

  const rows: (typeof entries.$inferInsert)[] = [];
  for (let week = 0; week < history.weeks; week++) {
    const weekStart = start + week * 7 * DAY;
    const progress = week / Math.max(1, history.weeks - 1);
    for (const [index, partner] of pair.entries()) {
      const persona = history.personas[index]!;
      for (const item of plan) {
        const assignment = given.find((a) => a.kind === item.kind)!;
        for (let n = r.int(...item.perWeek); n > 0; n--) {
          const occurredAt = momentIn(r, weekStart, now);
          const payload = getKind(item.kind).schema.parse(
            demoPayload(item.kind, r, persona, progress),
          );
          rows.push({
            practiceId,
            coupleId: couple.id,
            partnerId: partner.id,
            assignmentId: assignment.id,
            kind: item.kind,
            schemaVersion: getKind(item.kind).version,
            payload,
            occurredAt,
            visibility: r.chance(0.3) ? "shared" : "private",
            idempotencyKey: crypto.randomUUID(),
            createdAt: occurredAt,
            // The therapist has read everything up to the last week.
            reviewedAt:
              now - occurredAt.getTime() > 7 * DAY
                ? new Date(occurredAt.getTime() + 2 * DAY)
                : null,
            reviewedByUserId: now - occurredAt.getTime() > 7 * DAY ? assignedBy : null,
          });
        }
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db.insert(entries).values(rows.slice(i, i + 500));
  const latest = rows.reduce((max, e) => Math.max(max, e.occurredAt.getTime()), 0);
  await db
    .update(couples)
    .set({ lastActivityAt: new Date(latest) })
    .where(and(eq(couples.id, couple.id), inArray(couples.practiceId, [practiceId])));
  return rows.length;
}
