import { staffName } from "~/domain/people";
import { PDF_CHART_SIZE } from "~/prep/pdf-layout";
import type { SessionPrep } from "~/prep/session-prep-types";
import type { Database } from "~/server/db/client";
import type { PracticeScope } from "~/server/practices/scope";
import { lastSessionBefore } from "~/server/therapy-sessions/therapy-sessions";
import { entriesBehindHighlights } from "~/server/timeline/couple-timeline";
import { loadTimelineInput } from "~/server/timeline/load-timeline-input";
import { buildTimeline } from "~/timeline/build-timeline";
import { timelineCharts } from "~/timeline/charts/timeline-charts";
import { within } from "~/timeline/period";
import { localDateOf } from "~/timeline/weeks";
import type { TimelineRange } from "~/validation/timeline";
import { loadProgrammeReview } from "~/server/programme-views/programme-review";
import { cycleSides } from "./prep-cycle";
import { openHomework } from "./prep-homework";

/**
 * Everything the session-prep PDF shows for a visible couple (NOT_FOUND otherwise): the same
 * timeline and chart models as the page, the cycle, open homework and the last session's notes.
 */
export async function loadSessionPrep(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string; range: TimelineRange },
  now: Date,
): Promise<SessionPrep> {
  // `db` may be the replica (see getReadDb): everything here reads.
  const loaded = await loadTimelineInput(db, scope, args, now);
  const { couple, resolved, input, safetyFlags } = loaded;
  const timeline = buildTimeline(input);
  const lastSession = await lastSessionBefore(db, scope, {
    coupleId: couple.id,
    onOrBefore: resolved.toDate,
  });
  const inPeriod = input.entries.filter(within(timeline.period));
  const programmeReview = await loadProgrammeReview(db, scope.practiceId, loaded, now);
  return {
    coupleLabel: couple.label,
    partnerNames: [timeline.partners[1], timeline.partners[2]],
    therapistName: staffName({
      name: couple.therapistName,
      credentials: couple.therapistCredentials,
      email: couple.therapistEmail,
    }),
    timeZone: couple.timeZone,
    pageSize: couple.pdfPageSize,
    sessionOn: resolved.toDate,
    fromDate: resolved.fromDate,
    toDate: resolved.toDate,
    chartFromDate: localDateOf(timeline.chartWindow.from, couple.timeZone),
    previousFromDate: localDateOf(timeline.previous.from, couple.timeZone),
    previousToDate: localDateOf(new Date(timeline.previous.to.getTime() - 1), couple.timeZone),
    noSessionYet: resolved.noSessionYet,
    generatedAt: now,
    timeline,
    charts: timelineCharts(timeline, PDF_CHART_SIZE),
    earlierEntries: entriesBehindHighlights(timeline, input.entries),
    cycle: cycleSides(inPeriod, timeline.partners),
    homework: openHomework(loaded.assignments, timeline, now),
    lastSession,
    safetyFlags,
    programmeReview,
  };
}
