import { randomUUID } from "node:crypto";
import { Font, renderToBuffer } from "@react-pdf/renderer";
import { examplePayload as bid } from "~/homework/bid";
import { examplePayload as csi4 } from "~/homework/csi4";
import { examplePayload as cycleMap } from "~/homework/cycle-map";
import { examplePayload as microHurt } from "~/homework/micro-hurt";
import { examplePayload as repairScript } from "~/homework/repair-script";
import { examplePayload as softCheckin } from "~/homework/soft-checkin";
import type { KindKey } from "~/homework/types";
import { SessionPrepDocument } from "~/pdf/session-prep-document";
import { PDF_CHART_SIZE, PDF_FONT } from "~/prep/pdf-layout";
import type { SessionPrep } from "~/prep/session-prep-types";
import { resolvePeriod } from "~/server/timeline/period";
import { toTimelineEntry } from "~/server/timeline/timeline-entry";
import { buildTimeline } from "~/timeline/build-timeline";
import { timelineCharts } from "~/timeline/charts/timeline-charts";
import { within } from "~/timeline/period";
import type { PartnerPosition, TimelineEntry } from "~/timeline/types";
import { addDays, localDateOf } from "~/timeline/weeks";
import { PDF_FONT_WEIGHTS, registerPdfFonts } from "./pdf-fonts";
import { cycleSides } from "./prep-cycle";

const DAY = 86_400_000;
const TIME_ZONE = "UTC";
/** Names in every script the PDF embeds a font for, so every font is read at boot. */
const PARTNERS: Record<PartnerPosition, string> = { 1: "Łucja Dũng", 2: "Алёна Νίκος" };
const rotation: [KindKey, Record<string, unknown>][] = [
  ["micro_hurt", microHurt],
  ["bid", bid],
  ["cycle_map", cycleMap],
  ["soft_checkin", softCheckin],
  ["repair_script", repairScript],
  ["csi4", csi4],
];

/** A made-up couple's eight weeks, every kind and both partners, as the prep PDF reads them. */
function warmUpPrep(now: Date): SessionPrep {
  const today = localDateOf(now, TIME_ZONE);
  const resolved = resolvePeriod("since_last_session", {
    timeZone: TIME_ZONE,
    now,
    latestSessionOn: addDays(today, -8),
    firstActivityAt: new Date(now.getTime() - 70 * DAY),
  });
  const entries = Array.from({ length: 120 }, (_, i) => {
    const [kind, payload] = rotation[i % rotation.length]!;
    const position: PartnerPosition = i % 2 === 0 ? 1 : 2;
    const row = {
      id: randomUUID(),
      kind,
      schemaVersion: 1,
      partnerId: String(position),
      occurredAt: new Date(now.getTime() - (i * 70 * DAY) / 120 - 3_600_000),
      visibility: i % 3 === 0 ? ("shared" as const) : ("private" as const),
      safetyFlag: false,
      payload,
      assignmentId: null,
    };
    return toTimelineEntry(row, { position, name: PARTNERS[position] });
  }).filter((e): e is TimelineEntry => e !== null);
  const timeline = buildTimeline({
    period: resolved.period,
    timeZone: TIME_ZONE,
    dateStyle: "international",
    partners: PARTNERS,
    csiCutoff: 13.5,
    entries,
    sessionDates: [addDays(today, -8), addDays(today, -22)],
    assignments: [],
    now,
  });
  return {
    coupleLabel: `${PARTNERS[1]} & ${PARTNERS[2]}`,
    partnerNames: [PARTNERS[1], PARTNERS[2]],
    therapistName: "Warm-up",
    timeZone: TIME_ZONE,
    pageSize: "A4",
    sessionOn: resolved.toDate,
    fromDate: resolved.fromDate,
    toDate: resolved.toDate,
    chartFromDate: localDateOf(timeline.chartWindow.from, TIME_ZONE),
    previousFromDate: localDateOf(timeline.previous.from, TIME_ZONE),
    previousToDate: localDateOf(new Date(timeline.previous.to.getTime() - 1), TIME_ZONE),
    noSessionYet: false,
    generatedAt: now,
    timeline,
    charts: timelineCharts(timeline, PDF_CHART_SIZE),
    earlierEntries: [],
    cycle: cycleSides(entries.filter(within(timeline.period)), timeline.partners),
    homework: [],
    lastSession: { sessionOn: addDays(today, -8), notes: "Warm-up — Łódź, Алёна, Νίκος." },
    safetyFlags: [],
    programmeReview: null,
  };
}

/**
 * Renders a made-up couple's session-prep PDF once, so the first therapist's PDF in a process
 * does not pay for reading the fonts, compiling react-pdf's layout and drawing code and laying
 * out every kind of section. Called at server start, off the request path; nothing is kept but
 * what react-pdf itself caches (the fonts, parsed once).
 */
export async function warmPdfRenderer(): Promise<void> {
  registerPdfFonts();
  // Every font the PDF may embed, whether or not the made-up couple's words need it.
  await Promise.all(
    PDF_FONT.flatMap((fontFamily) =>
      PDF_FONT_WEIGHTS.map((fontWeight) => Font.load({ fontFamily, fontWeight })),
    ),
  );
  await renderToBuffer(<SessionPrepDocument prep={warmUpPrep(new Date())} />);
}
