import "server-only";
import type { CycleLoopView } from "~/components/timeline/cycle-loop-card";
import type { FocusView } from "~/components/timeline/focus-list";
import type { HighlightView } from "~/components/timeline/highlight-list";
import { laneDays, type LaneDay } from "~/components/timeline/lane-days";
import type { LaneEntryView } from "~/components/timeline/lane-entry";
import { dateFormat, type DateSettings } from "~/dates";
import { truncate } from "~/homework/format";
import { getKind } from "~/homework/registry";
import { within } from "~/timeline/period";
import { isPrivateEntry, provenanceNote } from "~/timeline/provenance";
import type { CoupleTimeline, TimelineEntry } from "~/timeline/types";
import { addDays, localDateOf } from "~/timeline/weeks";

/** The practice's date style in the couple's time zone: how every date on the page is written. */
export function timelineDates(
  timeline: Pick<CoupleTimeline, "dateStyle" | "timeZone">,
): DateSettings {
  return { style: timeline.dateStyle, timeZone: timeline.timeZone };
}

/** "Mar 3, 2026 – Mar 16, 2026" */
export function periodLabel(timeline: CoupleTimeline, fromDate: string, toDate: string): string {
  return dateFormat(timelineDates(timeline)).calendarRange(fromDate, toDate);
}

/** The previous period of equal length, as calendar days in the couple's time zone. */
export function previousPeriodLabel(timeline: CoupleTimeline, fromDate: string): string {
  const previousFrom = localDateOf(timeline.previous.from, timeline.timeZone);
  return periodLabel(timeline, previousFrom, addDays(fromDate, -1));
}

/** The start of the partner's own words, unless the kind's summary already quotes them. */
function quoteOf(entry: TimelineEntry): string | null {
  if (!entry.quote) return null;
  if (entry.summary.includes(entry.quote.slice(0, 24))) return null;
  return truncate(entry.quote, 160);
}

/** The entries inside the period, as the lanes show them (no payloads reach the browser). */
export function laneView(timeline: CoupleTimeline): LaneDay<LaneEntryView>[] {
  const { time } = dateFormat(timelineDates(timeline));
  const shown = timeline.entries.filter(within(timeline.period)).map((entry): LaneEntryView => ({
    id: entry.id,
    position: entry.position,
    partnerName: entry.partnerName,
    kindTitle: getKind(entry.kind).title,
    occurredAt: entry.occurredAt,
    time: time(entry.occurredAt),
    summary: entry.summary,
    quote: quoteOf(entry),
    shared: !isPrivateEntry(entry),
    safetyFlag: entry.safetyFlag,
  }));
  return laneDays(shown, timelineDates(timeline));
}

const capitalised = (note: string | null) =>
  note === null ? null : note.charAt(0).toUpperCase() + note.slice(1);

/** The suggested focus, each line saying whose private entries it rests on. */
export function focusViews(timeline: CoupleTimeline): FocusView[] {
  return timeline.focus.map((f) => ({
    text: f.text,
    privateNote: capitalised(provenanceNote(f.privateFrom, timeline.partners)),
  }));
}

/** The couple's loop from their cycle maps, marked when it rests on private ones. */
export function cycleLoopView(timeline: CoupleTimeline): CycleLoopView | null {
  const loop = timeline.cycleLoop;
  if (!loop) return null;
  return {
    text: loop.text,
    basis: loop.basis,
    privateNote: capitalised(provenanceNote(loop.privateFrom, timeline.partners)),
  };
}

/** Highlights, their entries split into those in the lanes and those from before the period. */
export function highlightViews(
  timeline: CoupleTimeline,
  days: LaneDay<LaneEntryView>[],
): HighlightView[] {
  const inLanes = new Set(days.flatMap((d) => d.entries.map((e) => e.id)));
  return timeline.highlights.map((h, i) => {
    const entryIds = h.entryIds.filter((id) => inLanes.has(id));
    return {
      key: `${h.rule}-${i}`,
      text: h.text,
      because: h.because,
      severity: h.severity,
      privateNote: capitalised(provenanceNote(h.privateFrom, timeline.partners)),
      entryIds,
      hiddenCount: h.entryIds.length - entryIds.length,
    };
  });
}
