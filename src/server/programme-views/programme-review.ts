import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "~/server/db/client";
import { assignments } from "~/server/db/schema";
import { latestUpdatesOfCouple } from "~/server/entries/entry-updates";
import type { LoadedTimeline } from "~/server/timeline/load-timeline-input";
import { toTimelineEntry, type PartnerInfo } from "~/server/timeline/timeline-entry";
import { couplePartners, entriesInWindow } from "~/server/timeline/timeline-queries";
import { withLinkedRepairs } from "~/timeline/linked-repairs";
import { programmeReview, reviewedRun, type ProgrammeReview } from "~/timeline/programme-review";
import type { TimelineEntry } from "~/timeline/types";
import { localDateOf, startOfLocalDay } from "~/timeline/weeks";

/**
 * The week-6 review for the couple the timeline (or the PDF) just loaded, or null when no run has
 * reached its last week. Reads both partners' entries, private ones too, as the timeline does for
 * the treating therapist; every kind and partner whatever the page's filters. Only runs reads when
 * a review is due, so a couple without one costs nothing more.
 */
export async function loadProgrammeReview(
  db: Database,
  practiceId: string,
  loaded: LoadedTimeline,
  now: Date,
): Promise<ProgrammeReview | null> {
  const { couple, input } = loaded;
  const weeks = input.programmeWeeks ?? [];
  const today = localDateOf(now, couple.timeZone);
  const due = reviewedRun(weeks, today);
  if (!due) return null;
  const [partnerRows, entryRows, updates, asked] = await Promise.all([
    couplePartners(db, practiceId, couple.id),
    entriesInWindow(db, {
      practiceId,
      coupleId: couple.id,
      from: startOfLocalDay(due.first.startsOn, couple.timeZone),
      to: now,
      kinds: null,
      positions: null,
    }),
    latestUpdatesOfCouple(db, practiceId, couple.id),
    db
      .select({ id: assignments.id, weekId: assignments.programmeWeekId })
      .from(assignments)
      .where(
        and(
          eq(assignments.practiceId, practiceId),
          eq(assignments.coupleId, couple.id),
          inArray(assignments.programmeWeekId, [due.first.id, due.last.id]),
        ),
      ),
  ]);
  const byId = new Map<string, PartnerInfo>(
    partnerRows.map((p) => [p.id, { position: p.position === 2 ? 2 : 1, name: p.name }]),
  );
  const read: TimelineEntry[] = [];
  for (const row of entryRows) {
    const partner = byId.get(row.partnerId);
    const entry = partner ? toTimelineEntry(row, partner, updates.get(row.id)) : null;
    if (entry) read.push(entry);
  }
  const idsOf = (weekId: string) =>
    new Set(asked.filter((a) => a.weekId === weekId).map((a) => a.id));
  return programmeReview({
    weeks,
    entries: withLinkedRepairs(read),
    assignmentIds: { first: idsOf(due.first.id), last: idsOf(due.last.id) },
    timeZone: couple.timeZone,
    today,
  });
}
