import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import type { Role } from "~/domain/practice";
import type { PracticeScope } from "~/server/practices/scope";

export interface TherapistBalance {
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  awayFrom: string | null;
  awayUntil: string | null;
  activeCouples: number;
  pausedCouples: number;
  /** active homework assignments of their current couples */
  openHomework: number;
  /** entries of their current couples not yet marked reviewed */
  unreviewedEntries: number;
  /** safety flags of their couples not yet closed with a follow-up */
  openSafetyFlags: number;
}

/**
 * Per member, the load of the couples they treat: for owners and admins balancing caseloads.
 * One query: each count is aggregated once per therapist over the practice's current couples
 * (open safety flags over every couple, discharged too: a flag stays open until followed up).
 */
export async function caseloadBalance(
  db: Executor,
  scope: PracticeScope,
): Promise<TherapistBalance[]> {
  const practiceId = scope.practiceId;
  const result = await db.execute<{
    user_id: string;
    name: string | null;
    email: string;
    role: Role;
    away_from: string | null;
    away_until: string | null;
    active_couples: number;
    paused_couples: number;
    open_homework: number;
    unreviewed_entries: number;
    open_safety_flags: number;
  }>(sql`
    with current_couples as (
      select id, therapist_user_id, status from couples
      where practice_id = ${practiceId} and status in ('active', 'paused')
    ),
    couple_counts as (
      select therapist_user_id,
        count(*) filter (where status = 'active')::int as active_couples,
        count(*) filter (where status = 'paused')::int as paused_couples
      from current_couples group by therapist_user_id
    ),
    homework as (
      select c.therapist_user_id, count(*)::int as n
      from assignments a join current_couples c on c.id = a.couple_id
      where a.practice_id = ${practiceId} and a.status = 'active'
      group by c.therapist_user_id
    ),
    unreviewed as (
      select c.therapist_user_id, count(*)::int as n
      from entries e join current_couples c on c.id = e.couple_id
      where e.practice_id = ${practiceId} and e.reviewed_at is null
      group by c.therapist_user_id
    ),
    flags as (
      select c.therapist_user_id, count(*)::int as n
      from safety_flags f join couples c on c.id = f.couple_id
      where f.practice_id = ${practiceId} and f.closed_at is null
      group by c.therapist_user_id
    )
    select m.user_id, u.name, u.email, m.role, m.away_from::text, m.away_until::text,
      coalesce(cc.active_couples, 0) as active_couples,
      coalesce(cc.paused_couples, 0) as paused_couples,
      coalesce(h.n, 0) as open_homework,
      coalesce(r.n, 0) as unreviewed_entries,
      coalesce(f.n, 0) as open_safety_flags
    from memberships m
    join users u on u.id = m.user_id
    left join couple_counts cc on cc.therapist_user_id = m.user_id
    left join homework h on h.therapist_user_id = m.user_id
    left join unreviewed r on r.therapist_user_id = m.user_id
    left join flags f on f.therapist_user_id = m.user_id
    where m.practice_id = ${practiceId}
    order by coalesce(cc.active_couples, 0) desc, coalesce(u.name, u.email)`);
  return result.rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    role: r.role,
    awayFrom: r.away_from,
    awayUntil: r.away_until,
    activeCouples: r.active_couples,
    pausedCouples: r.paused_couples,
    openHomework: r.open_homework,
    unreviewedEntries: r.unreviewed_entries,
    openSafetyFlags: r.open_safety_flags,
  }));
}
