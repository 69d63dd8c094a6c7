import type { Cadence } from "~/server/db/schema";

const DAY = 24 * 60 * 60 * 1000;

/**
 * How many entries a cadence asks for so far: once → 1, daily → days since assigned, weekly →
 * weeks begun; "log whenever it happens" has no target (null). Counted up to the end date.
 */
export function expectedEntries(
  a: { cadence: Cadence; createdAt: Date; untilOn: string | null },
  now: Date,
): number | null {
  if (a.cadence === "whenever") return null;
  if (a.cadence === "once") return 1;
  const end = a.untilOn
    ? Math.min(now.getTime(), Date.parse(`${a.untilOn}T23:59:59Z`))
    : now.getTime();
  const days = Math.max(1, Math.floor((end - a.createdAt.getTime()) / DAY) + 1);
  return a.cadence === "daily" ? days : Math.ceil(days / 7);
}
