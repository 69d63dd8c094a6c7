import { and, count, eq, min } from "drizzle-orm";
import { expect, test } from "vitest";
import { kindKeys } from "~/homework/types";
import { getKind } from "~/homework/registry";
import { couples, entries, partners, practices, therapySessions } from "~/server/db/schema";
import { programmeToday } from "~/domain/programme-schedule";
import { coupleProgrammeWeekOn } from "~/server/programmes/programme-queries";
import { testDatabase } from "~/test/db";
import { DEMO_PRACTICE, seedDemo } from "./seed-demo";

const db = testDatabase();
const historyKinds: string[] = [
  "micro_hurt",
  "cycle_map",
  "repair_script",
  "bid",
  "soft_checkin",
  "csi4",
];

test("the demo gives couples 8–12 weeks of valid entries of every kind from both partners, once", async () => {
  expect(await seedDemo(db)).toEqual({ created: true });
  expect(await seedDemo(db)).toEqual({ created: false });
  const [practice] = await db.select().from(practices).where(eq(practices.name, DEMO_PRACTICE));
  const [alexAndSam] = await db
    .select()
    .from(couples)
    .where(and(eq(couples.practiceId, practice!.id), eq(couples.label, "Alex & Sam")));
  const rows = await db
    .select({
      kind: entries.kind,
      position: partners.position,
      n: count(),
      first: min(entries.occurredAt),
    })
    .from(entries)
    .innerJoin(partners, eq(partners.id, entries.partnerId))
    .where(eq(entries.coupleId, alexAndSam!.id))
    .groupBy(entries.kind, partners.position);
  // The long histories use the first six kinds; the positive kinds come with the programme couple.
  for (const kind of kindKeys.filter((k) => historyKinds.includes(k))) {
    for (const position of [1, 2]) {
      expect(
        rows.find((r) => r.kind === kind && r.position === position)?.n ?? 0,
        `${kind} by ${position}`,
      ).toBeGreaterThan(0);
    }
  }
  const weeks =
    (Date.now() - Math.min(...rows.map((r) => new Date(r.first!).getTime()))) / (7 * 86_400_000);
  expect(weeks).toBeGreaterThan(8);
  expect(weeks).toBeLessThanOrEqual(12);
  const all = await db.select().from(entries).where(eq(entries.practiceId, practice!.id));
  for (const e of all) expect(getKind(e.kind).schema.safeParse(e.payload).success).toBe(true);
  // Fortnightly sessions with notes, the latest a few days ago: "since last session" has data.
  const sessions = await db
    .select()
    .from(therapySessions)
    .where(eq(therapySessions.coupleId, alexAndSam!.id));
  expect(sessions.length).toBeGreaterThanOrEqual(4);
  expect(sessions.every((s) => s.notes.length > 0)).toBe(true);
});

test("one demo couple is in week 4 of the six-week plan, weeks 1–3 done with entries", async () => {
  await seedDemo(db);
  const [practice] = await db.select().from(practices).where(eq(practices.name, DEMO_PRACTICE));
  const [couple] = await db
    .select()
    .from(couples)
    .where(and(eq(couples.practiceId, practice!.id), eq(couples.label, "Jamie & Robin")));
  const now = await coupleProgrammeWeekOn(
    db,
    { practiceId: practice!.id, coupleId: couple!.id },
    programmeToday(new Date(), couple!.timeZone),
  );
  expect(now).toMatchObject({ number: 4, of: 6, plan: { title: "Repair and apology" } });
  expect(now?.week.status).toBe("assigned");
  const kinds = await db
    .selectDistinct({ kind: entries.kind })
    .from(entries)
    .where(eq(entries.coupleId, couple!.id));
  expect(kinds.map((k) => k.kind).sort()).toEqual(
    ["connection_moment", "csi4", "reflection", "ritual_tracker", "soft_checkin"].sort(),
  );
});
