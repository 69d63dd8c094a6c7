import { sql } from "drizzle-orm";
import type { Database } from "../src/server/db/client";
import { highlightRules } from "../src/timeline/highlights";
import { withLookback } from "../src/timeline/period";
import type { CoupleTimeline } from "../src/timeline/types";

export interface AggregateWindow {
  practiceId: string;
  coupleId: string;
  timeZone: string;
  /** previous period start less the rules' look-back, or the charts' window, as the procedure loads */
  loadFrom: Date;
  /** the charts' window: at least 8 weeks ending with the period, as the page draws them */
  chartFrom: Date;
  previousFrom: Date;
  from: Date;
  to: Date;
}

const csiScore = sql.raw(
  "((payload->>'happiness')::int + (payload->>'warmth')::int + (payload->>'rewarding')::int + (payload->>'satisfaction')::int)",
);

/**
 * The baseline: one statement computing the timeline's weekly aggregates over the charts' window
 * (hurts by category and mean intensity, repair share and median time, bids by response, cycle
 * roles per partner, CSI-4 points, entries against homework per partner) and both periods' key
 * numbers, straight from the JSONB payloads with each entry's latest update laid over it, as the
 * timeline reads them. `withEntries` also returns the period's entry rows, as the timeline does.
 */
// Repair times are stored as { amount, unit }; in minutes for the median.
const minutesToRepair = sql.raw(
  "(payload->'repairedAfter'->>'amount')::int * case payload->'repairedAfter'->>'unit' " +
    "when 'hours' then 60 when 'days' then 1440 else 1 end",
);

export function timelineAggregatesSql(db: Database, w: AggregateWindow, withEntries: boolean) {
  return db.execute(sql`
    with e as (
      select e.id, e.kind, e.occurred_at, e.payload || coalesce(u.payload, '{}') as payload,
        e.assignment_id, e.visibility, e.safety_flag,
        p.position, date_trunc('week', e.occurred_at at time zone ${w.timeZone}) as week,
        e.occurred_at >= ${w.from} as current
      from entries e join partners p on p.id = e.partner_id
      left join lateral (
        select payload from entry_updates
        where entry_id = e.id and practice_id = e.practice_id
        order by created_at desc, id desc limit 1) u on true
      where e.couple_id = ${w.coupleId} and e.practice_id = ${w.practiceId}
        and e.occurred_at >= ${w.loadFrom} and e.occurred_at < ${w.to}
    ),
    cur as (select * from e where current),
    charted as (select * from e where occurred_at >= ${w.chartFrom}),
    hurts as (
      select week, payload->>'category' as category, count(*) as n,
        avg((payload->>'intensity')::int) as intensity
      from charted where kind = 'micro_hurt' group by week, category),
    repair as (
      select week, count(*) as logged,
        count(*) filter (where (payload->>'repaired')::boolean) as repaired,
        percentile_cont(0.5) within group (order by ${minutesToRepair})
          filter (where (payload->>'repaired')::boolean) as median_minutes
      from charted where kind = 'micro_hurt' group by week),
    bids as (
      select week, count(*) filter (where payload->>'response' = 'toward') as toward,
        count(*) filter (where payload->>'response' = 'away') as away,
        count(*) filter (where payload->>'response' = 'against') as against
      from charted where kind = 'bid' group by week),
    cycles as (
      select week, position, count(*) filter (where payload->>'role' = 'pursue') as pursue,
        count(*) filter (where payload->>'role' = 'withdraw') as withdraw
      from charted where kind = 'cycle_map' group by week, position),
    csi as (
      select position, occurred_at, id, ${csiScore} as score
      from charted where kind = 'csi4' order by occurred_at),
    completion as (
      select week, position, count(*) as done
      from charted where assignment_id is not null group by week, position),
    keys as (
      select current, count(*) filter (where kind = 'micro_hurt') as hurts,
        avg(case when (payload->>'repaired')::boolean then 1.0 else 0.0 end)
          filter (where kind = 'micro_hurt') as repair_rate,
        percentile_cont(0.5) within group (order by ${minutesToRepair})
          filter (where kind = 'micro_hurt' and (payload->>'repaired')::boolean) as median_minutes,
        avg(case when payload->>'response' = 'toward' then 1.0 else 0.0 end)
          filter (where kind = 'bid') as toward_share,
        (array_agg(${csiScore} order by occurred_at desc)
          filter (where kind = 'csi4' and position = 1))[1] as csi1,
        (array_agg(${csiScore} order by occurred_at desc)
          filter (where kind = 'csi4' and position = 2))[1] as csi2
      from e where occurred_at >= ${w.previousFrom} group by current)
    select
      (select json_agg(hurts) from hurts) as hurts,
      (select json_agg(repair) from repair) as repair,
      (select json_agg(bids) from bids) as bids,
      (select json_agg(cycles) from cycles) as cycles,
      (select json_agg(csi) from csi) as csi,
      (select json_agg(completion) from completion) as completion,
      (select json_agg(keys) from keys) as keys
      ${withEntries ? sql`, (select json_agg(json_build_object('id', id, 'kind', kind, 'occurredAt', occurred_at, 'position', position, 'visibility', visibility, 'safetyFlag', safety_flag, 'payload', payload) order by occurred_at) from cur) as entries` : sql``}
  `);
}

/** The window the procedure read for a timeline it returned: the same rows for the bare SQL. */
export function aggregateWindowOf(
  t: Pick<CoupleTimeline, "timeZone" | "previous" | "period" | "chartWindow">,
  ids: { practiceId: string; coupleId: string },
): AggregateWindow {
  const lookback = withLookback(t.previous, highlightRules.lookbackDays).from;
  return {
    ...ids,
    timeZone: t.timeZone,
    loadFrom: lookback < t.chartWindow.from ? lookback : t.chartWindow.from,
    chartFrom: t.chartWindow.from,
    previousFrom: t.previous.from,
    from: t.period.from,
    to: t.period.to,
  };
}
