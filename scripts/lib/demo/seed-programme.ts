import { and, eq } from "drizzle-orm";
import { builtInProgramme } from "../../../src/domain/builtin-programmes";
import { planWeeks, programmeToday, weekBeginsAt } from "../../../src/domain/programme-schedule";
import type { ProgrammeHomework } from "../../../src/domain/programmes";
import { getKind } from "../../../src/homework/registry";
import type { KindKey } from "../../../src/homework/types";
import type { Database } from "../../../src/server/db/client";
import {
  assignments,
  coupleItems,
  couples,
  entries,
  partners,
  programmeRuns,
  programmeWeeks,
} from "../../../src/server/db/schema";
import { assignDueWeeks } from "../../../src/server/programmes/assign-weeks";
import { addDays } from "../../../src/timeline/weeks";
import { demoPayload, type Persona } from "./payloads";
import { seededRandom, type Random } from "./random";

const HOUR = 60 * 60 * 1000;

const personas: [Persona, Persona] = [
  {
    pursueShare: 0.6,
    hurtCategories: ["phone", "effort_unacknowledged"],
    stories: ["not_a_priority", "on_my_own"],
    csiFrom: 11,
    csiTo: 15,
  },
  {
    pursueShare: 0.3,
    hurtCategories: ["tone", "forgotten_follow_up"],
    stories: ["too_much", "safer_not_to_need"],
    csiFrom: 12,
    csiTo: 15,
  },
];

/** How many entries of a kind one partner makes in one week of the plan. */
const perWeek: Partial<Record<KindKey, [number, number]>> = {
  connection_moment: [2, 4],
  micro_hurt: [1, 2],
};

/**
 * One demo couple in week 4 of the six-week plan: weeks 1–3 given in the past with both partners'
 * entries (reflections, CSI-4, connection moments, rituals ticked, a soft check-in), and week 4
 * given now by the same scan the worker runs.
 */
export async function seedProgrammeCouple(
  db: Database,
  practiceId: string,
  therapistId: string,
  label: string,
) {
  const [couple] = await db
    .select()
    .from(couples)
    .where(and(eq(couples.practiceId, practiceId), eq(couples.label, label)));
  if (!couple) return;
  const pair = await db
    .select()
    .from(partners)
    .where(eq(partners.coupleId, couple.id))
    .orderBy(partners.position);
  const programme = builtInProgramme("six-week-reconnect")!;
  const startsOn = addDays(programmeToday(new Date(), couple.timeZone), -21);
  const weeks = planWeeks(startsOn, programme.weeks.length);
  const begins = (n: number) => weekBeginsAt(weeks[n - 1]!, couple.timeZone);
  const ref = { practiceId, coupleId: couple.id };

  const items = await db
    .insert(coupleItems)
    .values([
      { ...ref, type: "ritual", label: "A real hello when we get home", rhythm: "daily" },
      { ...ref, type: "ritual", label: "Sunday walk, phones left at home", rhythm: "weekly" },
      { ...ref, type: "small_win", label: "Cook dinner together once a week" },
      { ...ref, type: "small_win", label: "Plan a day out just for us" },
    ] as const)
    .returning();
  const [run] = await db
    .insert(programmeRuns)
    .values({
      ...ref,
      builtinKey: programme.key,
      templateVersion: programme.version,
      title: programme.title,
      weeks: programme.weeks,
      startsOn,
      startedByUserId: therapistId,
      createdAt: begins(1),
    })
    .returning();
  const weekRows = await db
    .insert(programmeWeeks)
    .values(
      weeks.map((w) => ({
        ...ref,
        runId: run!.id,
        weekNumber: w.weekNumber,
        startsOn: w.startsOn,
        endsOn: w.endsOn,
        status: w.weekNumber <= 3 ? ("assigned" as const) : ("scheduled" as const),
        assignedAt: w.weekNumber <= 3 ? begins(w.weekNumber) : null,
      })),
    )
    .returning();

  const r = seededRandom(61);
  const rows: (typeof entries.$inferInsert)[] = [];
  for (const week of weekRows.filter((w) => w.weekNumber <= 3)) {
    const plan = programme.weeks[week.weekNumber - 1]!;
    const given = await db
      .insert(assignments)
      .values(
        plan.homework.map((h) => ({
          ...ref,
          kind: h.kind,
          title: getKind(h.kind).title,
          partnerPositions: h.partnerPositions,
          cadence: h.cadence,
          dueOn: h.cadence === "once" ? week.endsOn : null,
          untilOn: week.endsOn,
          note: h.note ?? null,
          programmeWeekId: week.id,
          assignedByUserId: therapistId,
          createdAt: begins(week.weekNumber),
          updatedAt: begins(week.weekNumber),
        })),
      )
      .returning();
    for (const [index, partner] of pair.entries()) {
      for (const [h, homework] of plan.homework.entries()) {
        const times = entryTimes(r, homework, begins(week.weekNumber));
        for (const occurredAt of times) {
          const payload = payloadFor(homework.kind, r, personas[index]!, week.weekNumber, {
            items,
            day: programmeToday(occurredAt, couple.timeZone),
          });
          rows.push({
            ...ref,
            partnerId: partner.id,
            assignmentId: given[h]!.id,
            kind: homework.kind,
            schemaVersion: getKind(homework.kind).version,
            payload: getKind(homework.kind).schema.parse(payload),
            occurredAt,
            visibility:
              homework.kind === "connection_moment" && r.chance(0.5) ? "shared" : "private",
            idempotencyKey: crypto.randomUUID(),
            createdAt: occurredAt,
          });
        }
      }
    }
  }
  if (rows.length > 0) await db.insert(entries).values(rows);
  // Week 4 begins today: given by the worker's own scan, emails and all.
  await assignDueWeeks(db, { runId: run!.id });
}

/** When one partner did a piece of homework during a week: in the evenings, never in the future. */
function entryTimes(r: Random, homework: ProgrammeHomework, weekBegins: Date): Date[] {
  const range =
    perWeek[homework.kind] ??
    (homework.cadence === "daily" ? [4, 6] : homework.cadence === "whenever" ? [1, 3] : [1, 1]);
  const days = [0, 1, 2, 3, 4, 5, 6];
  for (let i = days.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [days[i], days[j]] = [days[j]!, days[i]!];
  }
  days.length = r.int(...range);
  return days.map(
    (d) => new Date(weekBegins.getTime() + d * 24 * HOUR + r.pick([8, 19, 20.5, 21.5]) * HOUR),
  );
}

function payloadFor(
  kind: KindKey,
  r: Random,
  persona: Persona,
  weekNumber: number,
  context: { items: (typeof coupleItems.$inferSelect)[]; day: string },
): unknown {
  const progress = (weekNumber - 1) / 5;
  if (kind === "ritual_tracker") {
    const rituals = context.items.filter(
      (i) => i.type === "ritual" && (i.rhythm === "daily" || r.chance(0.3)),
    );
    return {
      rituals: rituals.map((i) => ({ id: i.id, label: i.label, rhythm: i.rhythm })),
      day: context.day,
    };
  }
  if (kind === "small_win") {
    const goal = r.pick(context.items.filter((i) => i.type === "small_win"));
    return { goal: { id: goal.id, label: goal.label }, step: "We made a start", celebration: "" };
  }
  return demoPayload(kind, r, persona, progress);
}
