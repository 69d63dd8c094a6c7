import { recordAudit } from "~/server/audit/record-audit";
import type { Database } from "~/server/db/client";
import { buildTimeline, periodEntries } from "~/timeline/build-timeline";
import type { CoupleTimeline, TimelineEntry } from "~/timeline/types";
import type { CoupleTimelineArgs } from "~/validation/timeline";
import { loadTimelineInput } from "./load-timeline-input";
import type { PracticeMember } from "./timeline-queries";
import type { TimelineSafetyFlag } from "~/timeline/safety-flags";
import type { ProgrammeReview } from "~/timeline/programme-review";
import { loadProgrammeReview } from "~/server/programme-views/programme-review";

interface TimelineRangeView {
  /** first and last calendar day shown, in the couple's time zone */
  fromDate: string;
  toDate: string;
  days: number;
  latestSessionOn: string | null;
  /** "since last session" asked with no session recorded: the last 4 weeks are shown */
  noSessionYet: boolean;
}

export type CoupleTimelineView = CoupleTimeline & {
  range: TimelineRangeView;
  /** entries a highlight points to from before the period (its rules look back), oldest first */
  highlightEntries: TimelineEntry[];
  /** every open safety flag however old, then those raised in the period: shown first */
  safetyFlags: TimelineSafetyFlag[];
  /** a programme run's first and last weeks side by side, once it has reached its last week */
  programmeReview: ProgrammeReview | null;
};

/** Entries behind the highlights that are not among the period's own. */
export function entriesBehindHighlights(timeline: CoupleTimeline, loaded: TimelineEntry[]) {
  const inPeriod = new Set(timeline.entries.map((e) => e.id));
  const wanted = new Set(timeline.highlights.flatMap((h) => h.entryIds));
  return loaded
    .filter((e) => wanted.has(e.id) && !inPeriod.has(e.id))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

/**
 * A couple's pattern timeline for a period, as the page and the PDF draw it. Viewing is audited.
 * The membership is checked in the first statement with the couple (see `timelineCouple`): three
 * round trips in all, the last the audit insert, which overlaps the build.
 */
export async function coupleTimeline(
  { db, reads = db }: { db: Database; reads?: Database },
  member: PracticeMember,
  args: CoupleTimelineArgs,
  now = new Date(),
): Promise<CoupleTimelineView> {
  // Reads may come from the replica (see getReadDb); the audit is always written to the primary.
  const loaded = await loadTimelineInput(reads, member, args, now);
  const { scope, couple, resolved, input, safetyFlags } = loaded;
  // The audit insert (a commit, so a disk flush) runs while the timeline is built, counting the
  // period's entries as the builder lists them. The view waits for it before answering, so no view
  // is shown unaudited; a build that fails after it leaves an audited view the user saw fail.
  const audited = recordAudit(
    db,
    scope,
    "timeline.viewed",
    { type: "couple", id: couple.id, coupleId: couple.id },
    {
      range: typeof args.range === "string" ? args.range : "custom",
      from: resolved.fromDate,
      to: resolved.toDate,
      kinds: args.kinds ?? [],
      positions: args.positions ?? [],
      entries: periodEntries(input).length,
    },
  );
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  audited.catch(() => undefined);
  const timeline = buildTimeline(input);
  const [programmeReview] = await Promise.all([
    loadProgrammeReview(reads, scope.practiceId, loaded, now),
    audited,
  ]);
  return {
    ...timeline,
    range: {
      fromDate: resolved.fromDate,
      toDate: resolved.toDate,
      days: resolved.days,
      latestSessionOn: couple.latestSessionOn,
      noSessionYet: resolved.noSessionYet,
    },
    highlightEntries: entriesBehindHighlights(timeline, input.entries),
    safetyFlags,
    programmeReview,
  };
}
