/** The fields that make two neighbouring audit events "the same thing again". */
interface Groupable {
  action: string;
  actorUserId: string | null;
  coupleId: string | null;
  createdAt: Date;
}

export interface EventGroup<E> {
  /** the newest event of the run (the list is newest first) */
  latest: E;
  /** the oldest event of the run; the same as `latest` for a single event */
  earliest: E;
  count: number;
}

/**
 * Runs of consecutive events by the same person, with the same action, about the same couple,
 * folded into one row ("Viewed the timeline · 5 times, 09:10–09:40"). Only neighbours fold:
 * anything in between starts a new row, so the order of what happened is kept.
 */
export function groupConsecutive<E extends Groupable>(events: readonly E[]): EventGroup<E>[] {
  const groups: EventGroup<E>[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (
      last &&
      last.earliest.action === event.action &&
      last.earliest.actorUserId === event.actorUserId &&
      last.earliest.coupleId === event.coupleId
    ) {
      last.earliest = event;
      last.count += 1;
    } else {
      groups.push({ latest: event, earliest: event, count: 1 });
    }
  }
  return groups;
}
