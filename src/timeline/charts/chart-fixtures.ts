import { buildTimeline } from "../build-timeline";
import { assignment, bid, csi, cycle, hurt, twoWeeks } from "../test-support";
import type { CoupleTimeline, TimelineEntry } from "../types";

/** Two UTC weeks (Nov 2 and Nov 9, 2026) with a little of everything, for the chart tests. */
const sampleEntries: TimelineEntry[] = [
  hurt("h1", 1, "2026-11-02T09:00:00Z", {
    category: "phone",
    intensity: 4,
    repaired: true,
    minutesToRepair: 60,
  }),
  hurt("h2", 1, "2026-11-03T09:00:00Z", {
    category: "phone",
    intensity: 6,
    repaired: true,
    minutesToRepair: 180,
  }),
  hurt("h3", 2, "2026-11-04T09:00:00Z", { category: "tone", intensity: 8, repaired: false }),
  hurt("h4", 2, "2026-11-10T09:00:00Z", { category: "tone", intensity: 2, repaired: false }),
  bid("b1", 1, "2026-11-02T10:00:00Z", "toward"),
  bid("b2", 2, "2026-11-03T10:00:00Z", "toward"),
  bid("b3", 2, "2026-11-04T10:00:00Z", "away", "received"),
  bid("b4", 1, "2026-11-11T10:00:00Z", "against"),
  cycle("c1", 1, "2026-11-03T20:00:00Z", "pursue"),
  cycle("c2", 2, "2026-11-03T21:00:00Z", "withdraw"),
  cycle("c3", 1, "2026-11-12T20:00:00Z", "pursue"),
  csi("s1", 1, "2026-11-02T08:00:00Z", 15),
  csi("s2", 1, "2026-11-09T08:00:00Z", 12),
  csi("s3", 2, "2026-11-02T08:00:00Z", 18),
  csi("s4", 2, "2026-11-09T08:00:00Z", 17),
  hurt("d1", 1, "2026-11-05T09:00:00Z", { repaired: true }, { assignmentId: "weekly" }),
  hurt("d2", 1, "2026-11-06T09:00:00Z", { repaired: true }, { assignmentId: "weekly" }),
];

export function sampleTimeline(entries: TimelineEntry[] = sampleEntries): CoupleTimeline {
  return buildTimeline({
    ...twoWeeks,
    entries,
    assignments: [
      assignment("weekly", "weekly", "2026-11-01T09:00:00Z", { partnerPositions: [1] }),
    ],
  });
}
