import { recordAudit } from "~/server/audit/record-audit";
import type { Database } from "~/server/db/client";
import type { PracticeScope } from "~/server/practices/scope";
import { buildTimeline } from "~/timeline/build-timeline";
import type { CoupleTimeline, TimelineEntry } from "~/timeline/types";
import type { CoupleTimelineArgs } from "~/validation/timeline";
import { loadTimelineInput } from "./load-timeline-input";
import { timelineSafetyFlags } from "./timeline-safety-flags";
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

/** A couple's pattern timeline for a period, as the page and the PDF draw it. Viewing is audited. */
export async function coupleTimeline(
  db: Database,
  scope: PracticeScope,
  args: CoupleTimelineArgs,
  now = new Date(),
): Promise<CoupleTimelineView> {
  const loaded = await loadTimelineInput(db, scope, args, now);
  const { couple, resolved, input } = loaded;
  const timeline = buildTimeline(input);
  const [safetyFlags, programmeReview] = await Promise.all([
    timelineSafetyFlags(db, {
      practiceId: scope.practiceId,
      coupleId: couple.id,
      period: timeline.period,
      loaded: input.entries,
    }),
    loadProgrammeReview(db, scope.practiceId, loaded, now),
  ]);
  await recordAudit(
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
      entries: timeline.entries.length,
    },
  );
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
