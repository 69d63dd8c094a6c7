import type { Period, TimelineEntry } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A filter for entries inside the period (its end is exclusive). */
export const within = (period: Period) => (entry: Pick<TimelineEntry, "occurredAt">) =>
  entry.occurredAt.getTime() >= period.from.getTime() &&
  entry.occurredAt.getTime() < period.to.getTime();

/** The period of equal length that ends where this one begins. */
export function previousPeriod(period: Period): Period {
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: period.from };
}

/** The period with its start moved `days` earlier, for rules that look back before it. */
export function withLookback(period: Period, days: number): Period {
  return { from: new Date(period.from.getTime() - days * DAY_MS), to: period.to };
}
