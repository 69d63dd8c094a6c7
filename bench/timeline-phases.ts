/**
 * Where timeline.forCouple's time goes, phase by phase, for one couple at bench:timeline's scale.
 * Each phase is measured alone, one after another, so the parts add up to more than the whole
 * where the whole runs them in parallel; query plans for the two main statements follow.
 *   npm run bench:timeline-phases -- --scale=0.05
 */
import { fillPlaceholders, sql } from "drizzle-orm";
import { createDatabase } from "../src/server/db/client";
import { benchDatabase, benchScale, measure, row } from "./lib";
import {
  seedAssignments,
  seedBenchPractice,
  seedCoupleHistory,
  seedSessions,
} from "./timeline-seed";

const SCALE = benchScale(0.05);
const { url, stop } = await benchDatabase();
process.env.DATABASE_URL = url;
const q = await import("../src/server/timeline/timeline-queries");
const { loadTimelineInput } = await import("../src/server/timeline/load-timeline-input");
const { buildTimeline } = await import("../src/timeline/build-timeline");
const { coupleTimeline } = await import("../src/server/timeline/couple-timeline");
const { latestUpdatesOfCouple } = await import("../src/server/entries/entry-updates");
const { resolvePeriod } = await import("../src/server/timeline/period");
const { chartWindow } = await import("../src/timeline/chart-window");
const { safetyFlagRows } = await import("../src/server/timeline/timeline-safety-flags");
const { coupleProgrammeWeeks } =
  await import("../src/server/programme-views/couple-programme-weeks");
const { recordAudit } = await import("../src/server/audit/record-audit");
const { db, close } = createDatabase(url, { max: 10 });
const { practiceId, therapist, target } = await seedBenchPractice(
  db,
  Math.round(3000 * SCALE),
  Math.round(1_000_000 * SCALE),
);
const couple = { practiceId, coupleId: target.id, therapistId: therapist.id, days: 730 };
const given = await seedAssignments(db, couple);
await seedCoupleHistory(db, { ...couple, given, perDay: 1, seed: 7 });
await seedSessions(db, couple);
await db.execute(sql`analyze`);
const member = { practiceId, userId: therapist.id };
const now = new Date();
for (const range of ["since_last_session", "12w", "all"] as const) {
  const args = { practiceId, coupleId: target.id, range };
  const { couple: c, scope } = await q.timelineCouple(db, member, target.id, range === "all");
  const firstEntry = c.firstEntryAt ? new Date(c.firstEntryAt) : c.createdAt;
  const resolved = resolvePeriod(range, {
    timeZone: c.timeZone,
    now,
    latestSessionOn: c.latestSessionOn,
    firstActivityAt: firstEntry < c.createdAt ? firstEntry : c.createdAt,
  });
  const window = chartWindow(resolved.period, c.timeZone);
  const loaded = await loadTimelineInput(db, member, args, now);
  console.log(`${range}: ${loaded.input.entries.length} entries loaded`);
  const runs = 60;
  console.log(
    row("  whole procedure", await measure(() => coupleTimeline({ db }, member, args, now), runs)),
  );
  console.log(
    row(
      "  load (2 round trips)",
      await measure(() => loadTimelineInput(db, member, args, now), runs),
    ),
  );
  console.log(
    row(
      "  1: membership + couple",
      await measure(() => q.timelineCouple(db, member, target.id, range === "all"), runs),
    ),
  );
  console.log(
    row(
      "  2a: entries",
      await measure(
        () =>
          q.entriesInWindow(db, {
            practiceId,
            coupleId: target.id,
            from: resolved.loadFrom,
            to: resolved.period.to,
            kinds: null,
            positions: null,
          }),
        runs,
      ),
    ),
  );
  console.log(
    row(
      "  2b: updates",
      await measure(() => latestUpdatesOfCouple(db, practiceId, target.id), runs),
    ),
  );
  console.log(
    row(
      "  2c: assignments",
      await measure(() => q.coupleAssignments(db, practiceId, target.id, null), runs),
    ),
  );
  console.log(
    row("  build (pure)", await measure(() => Promise.resolve(buildTimeline(loaded.input)), runs)),
  );
  console.log(
    row(
      "  audit insert",
      await measure(
        () =>
          recordAudit(
            db,
            scope,
            "timeline.viewed",
            { type: "couple", id: target.id, coupleId: target.id },
            { range },
          ),
        runs,
      ),
    ),
  );
  void window;
  const others = {
    partners: () => q.couplePartners(db, practiceId, target.id),
    sessions: () =>
      q.coupleSessionDates(db, practiceId, target.id, { first: "2020-01-01", last: "2030-01-01" }),
    flags: () => safetyFlagRows(db, { practiceId, coupleId: target.id, period: resolved.period }),
    programmeWeeks: () => coupleProgrammeWeeks(db, practiceId, target.id),
    select1: () => db.execute(sql`select 1`),
  };
  for (const [name, fn] of Object.entries(others))
    console.log(row(`  2x: ${name}`, await measure(fn, runs)));
  if (range !== "all") continue;
  const explain = async (query: { toSQL: () => { sql: string; params: unknown[] } }) => {
    const { sql: text, params } = query.toSQL();
    const plan = await db.$client.query(`explain (analyze, buffers) ${text}`, params);
    console.log(plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
  };
  await explain(q.timelineCoupleQuery(db, member, target.id, true));
  const entriesShape = { kinds: false, positions: false, csiPositions: [1, 2] as (1 | 2)[] };
  const bounds = {
    practiceId,
    coupleId: target.id,
    from: resolved.loadFrom,
    to: resolved.period.to,
  };
  await explain({
    toSQL: () => {
      const { sql: text, params } = q.entriesQuery(db, entriesShape).toSQL();
      return { sql: text, params: fillPlaceholders(params, bounds) };
    },
  });
}
await close();
await stop();
