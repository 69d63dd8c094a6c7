import type { PrepHomework } from "~/prep/session-prep-types";
import { expectedWithin, periodDates } from "~/timeline/completion";
import type { CoupleTimeline, PartnerPosition, TimelineInput } from "~/timeline/types";

type Assignment = TimelineInput["assignments"][number] & { title: string };

/**
 * The couple's active homework with what each assigned partner logged against it in the period,
 * and what its cadence asked there (the timeline's own completion rule), oldest assignment first.
 */
export function openHomework(
  assignments: readonly Assignment[],
  timeline: CoupleTimeline,
  now: Date,
): PrepHomework[] {
  const range = periodDates(timeline.period, timeline.timeZone);
  return assignments
    .filter((a) => a.status === "active")
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((a) => ({
      id: a.id,
      title: a.title,
      cadence: a.cadence,
      partners: a.partnerPositions.map((position) => ({
        name: timeline.partners[position as PartnerPosition],
        done: timeline.entries.filter((e) => e.assignmentId === a.id && e.position === position)
          .length,
        expected: expectedWithin(a, range, timeline.timeZone, now),
      })),
    }));
}
