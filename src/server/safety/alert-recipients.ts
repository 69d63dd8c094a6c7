import { sql, type SQL } from "drizzle-orm";
import { awayToday } from "./away-today";

/**
 * The addresses a couple's safety alert goes to, as a SQL subquery yielding `email`: the treating
 * therapist always; and the practice's named backup person while the treating therapist is away
 * (today, in the practice's zone, within their away dates) and the backup is still a member.
 */
function safetyAlertRecipients(practiceId: string, coupleId: string): SQL {
  return sql`(
    select therapist.email
    from couples c
    join users therapist on therapist.id = c.therapist_user_id
    where c.id = ${coupleId} and c.practice_id = ${practiceId}
    union
    select backup.email
    from couples c
    join practices pr on pr.id = c.practice_id
    join memberships away on away.practice_id = c.practice_id and away.user_id = c.therapist_user_id
    join memberships cover on cover.practice_id = c.practice_id and cover.user_id = pr.safety_backup_user_id
    join users backup on backup.id = cover.user_id
    where c.id = ${coupleId} and c.practice_id = ${practiceId}
      and ${awayToday}
  )`;
}

/**
 * Open safety flags on the couples a recipient answers for: those they treat, and those they
 * cover as the backup while the treating therapist is away. What a coalesced alert counts.
 */
export function openFlagsFor(practiceId: string, email: string): SQL {
  return sql`
    select f.couple_id
    from safety_flags f
    join couples c on c.id = f.couple_id
    join practices pr on pr.id = f.practice_id
    join users therapist on therapist.id = c.therapist_user_id
    left join memberships away on away.practice_id = c.practice_id and away.user_id = c.therapist_user_id
    left join memberships cover on cover.practice_id = c.practice_id and cover.user_id = pr.safety_backup_user_id
    left join users backup on backup.id = cover.user_id
    where f.practice_id = ${practiceId} and f.closed_at is null
      and (
        therapist.email = ${email}
        or (backup.email = ${email}
          and ${awayToday})
      )`;
}

/** A therapist gets at most one safety alert email in this many minutes; each says how many flags. */
export const SAFETY_ALERT_GAP_MINUTES = 5;

/**
 * The CTE body that queues a safety alert to every recipient of the couple when `fromCte` yields
 * a row (a new flag): coalesced — while an alert to that address waits, this flag is counted into
 * it; a new one goes out at once, or SAFETY_ALERT_GAP_MINUTES after the last one sent.
 */
export function queueSafetyAlerts(options: {
  practiceId: string;
  coupleId: string;
  props: Record<string, unknown>;
  subjectType: string;
  fromCte: SQL;
  subjectIdColumn: SQL;
}): SQL {
  const { practiceId, coupleId } = options;
  return sql`
    insert into email_outbox (practice_id, "to", template, props, subject_type, subject_id, next_attempt_at)
    select ${practiceId}, recipient.email, 'safety_flag', ${JSON.stringify(options.props)}::jsonb,
      ${options.subjectType}, ${options.subjectIdColumn},
      greatest(now(), coalesce((
        select max(sent.sent_at) + make_interval(mins => ${SAFETY_ALERT_GAP_MINUTES}::int)
        from email_outbox sent
        where sent.practice_id = ${practiceId} and sent."to" = recipient.email
          and sent.template = 'safety_flag' and sent.status = 'sent'
      ), now()))
    from ${options.fromCte}, ${safetyAlertRecipients(practiceId, coupleId)} as recipient
    on conflict (practice_id, "to") where template = 'safety_flag' and status = 'pending' do nothing`;
}
