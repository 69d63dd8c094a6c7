import { sql } from "drizzle-orm";

/**
 * "The member `away` is away today": today in the practice's zone (`pr`, the practices row) falls
 * within their away dates. One definition for alert routing and the backup's access to couples.
 */
export const awayToday = sql.raw(
  "(now() at time zone pr.time_zone)::date between away.away_from and away.away_until",
);
