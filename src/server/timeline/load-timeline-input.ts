import { isKindKey } from "~/homework/registry";
import type { Database } from "~/server/db/client";
import type { PracticeScope } from "~/server/practices/scope";
import type { PartnerPosition, TimelineEntry, TimelineInput } from "~/timeline/types";
import type { CoupleTimelineArgs } from "~/validation/timeline";
import { latestUpdatesOfCouple } from "~/server/entries/entry-updates";
import { withLinkedRepairs } from "~/timeline/linked-repairs";
import { resolvePeriod, type ResolvedPeriod } from "./period";
import { toTimelineEntry, type PartnerInfo } from "./timeline-entry";
import type { TimelineSafetyFlag } from "~/timeline/safety-flags";
import { safetyFlagRows, timelineSafetyFlags } from "./timeline-safety-flags";
import { periodDates } from "~/timeline/completion";
import { chartWindow } from "~/timeline/chart-window";
import { coupleProgrammeWeeks } from "~/server/programme-views/couple-programme-weeks";
import {
  coupleAssignments,
  couplePartners,
  coupleSessionDates,
  entriesInWindow,
  timelineCouple,
  type PracticeMember,
  type TimelineCouple,
} from "./timeline-queries";

export interface LoadedTimeline {
  /** the member's scope, from the membership read in the same statement as the couple */
  scope: PracticeScope;
  couple: TimelineCouple;
  resolved: ResolvedPeriod;
  input: TimelineInput;
  /** the couple's homework as asked of the shown partners, with titles, for the PDF */
  assignments: (TimelineInput["assignments"][number] & { title: string })[];
  /** every open safety flag however old, then those raised in the period */
  safetyFlags: TimelineSafetyFlag[];
}

/**
 * Everything the pure builder needs for one couple and period: the visible couple (NOT_FOUND
 * otherwise), its partners, assignments and session dates, and its entries from the start of the
 * previous period (less the rules' look-back) or of the charts' window, whichever is earlier, to
 * the end of this one, in one query on
 * (couple_id, occurred_at). Kind and partner filters narrow the entries and what was asked.
 * Two round trips: the membership and couple in one statement (the period depends on it), then
 * everything else at once.
 */
export async function loadTimelineInput(
  db: Database,
  member: PracticeMember,
  args: CoupleTimelineArgs,
  now: Date,
): Promise<LoadedTimeline> {
  const { scope, couple } = await timelineCouple(db, member, args.coupleId, args.range === "all");
  const firstEntry = couple.firstEntryAt ? new Date(couple.firstEntryAt) : couple.createdAt;
  const resolved = resolvePeriod(args.range, {
    timeZone: couple.timeZone,
    now,
    latestSessionOn: couple.latestSessionOn,
    firstActivityAt: firstEntry < couple.createdAt ? firstEntry : couple.createdAt,
  });
  const kinds = args.kinds?.length ? args.kinds : null;
  // A landed repair script linked to a hurt repairs it, so hurts are read with their scripts
  // even when the view shows hurts only; the scripts are dropped again below.
  const loadKinds =
    kinds && kinds.includes("micro_hurt") && !kinds.includes("repair_script")
      ? [...kinds, "repair_script" as const]
      : kinds;
  const positions = args.positions?.length ? args.positions : null;
  const window = chartWindow(resolved.period, couple.timeZone);
  const [partnerRows, assignmentRows, entryRows, updates, sessionDates, flagRows, programmeWeeks] =
    await Promise.all([
      couplePartners(db, scope.practiceId, couple.id),
      coupleAssignments(db, scope.practiceId, couple.id, kinds),
      entriesInWindow(db, {
        practiceId: scope.practiceId,
        coupleId: couple.id,
        from: resolved.loadFrom,
        to: resolved.period.to,
        kinds: loadKinds,
        positions,
      }),
      latestUpdatesOfCouple(db, scope.practiceId, couple.id),
      coupleSessionDates(db, scope.practiceId, couple.id, periodDates(window, couple.timeZone)),
      safetyFlagRows(db, {
        practiceId: scope.practiceId,
        coupleId: couple.id,
        period: resolved.period,
      }),
      coupleProgrammeWeeks(db, scope.practiceId, couple.id),
    ]);

  const byId = new Map<string, PartnerInfo>(
    partnerRows.map((p) => [p.id, { position: p.position === 2 ? 2 : 1, name: p.name }]),
  );
  const names: Record<PartnerPosition, string> = { 1: "Partner 1", 2: "Partner 2" };
  for (const p of byId.values()) names[p.position] = p.name;
  const read: TimelineEntry[] = [];
  for (const row of entryRows) {
    const partner = byId.get(row.partnerId);
    const entry = partner ? toTimelineEntry(row, partner, updates.get(row.id)) : null;
    if (entry) read.push(entry);
  }
  const linked = withLinkedRepairs(read);
  const timelineEntries = kinds ? linked.filter((e) => kinds.includes(e.kind)) : linked;
  // Shown partners only: a filtered-out partner is asked nothing on this view.
  const shown = (position: number) => !positions || positions.some((p) => p === position);
  const asked = assignmentRows.flatMap((a) => {
    const partnerPositions = a.partnerPositions.filter(shown);
    return partnerPositions.length > 0 && isKindKey(a.kind)
      ? [{ ...a, kind: a.kind, partnerPositions }]
      : [];
  });
  const input: TimelineInput = {
    period: resolved.period,
    timeZone: couple.timeZone,
    dateStyle: couple.dateStyle,
    partners: names,
    csiCutoff: couple.csiCutoff,
    entries: timelineEntries,
    sessionDates,
    programmeWeeks,
    assignments: asked.map(({ title: _title, ...a }) => a),
    now,
  };
  const safetyFlags = timelineSafetyFlags(flagRows, {
    period: input.period,
    loaded: input.entries,
  });
  return { scope, couple, resolved, input, assignments: asked, safetyFlags };
}
