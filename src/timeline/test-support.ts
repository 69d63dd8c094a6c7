import type { EntryMetrics, KindKey } from "~/homework/types";
import type { PartnerPosition, TimelineEntry, TimelineInput } from "./types";

/** Small hand-made entries for the timeline's unit tests. */

export const partners: Record<PartnerPosition, string> = { 1: "Alex", 2: "Sam" };

export function entry(
  id: string,
  kind: KindKey,
  position: PartnerPosition,
  occurredAt: string,
  metrics: EntryMetrics = {},
  extra: Partial<TimelineEntry> = {},
): TimelineEntry {
  return {
    id,
    kind,
    position,
    partnerName: partners[position],
    occurredAt: new Date(occurredAt),
    visibility: "private",
    safetyFlag: false,
    metrics,
    summary: `${kind} ${id}`,
    quote: null,
    payload: {},
    assignmentId: null,
    ...extra,
  };
}

export const hurt = (
  id: string,
  position: PartnerPosition,
  occurredAt: string,
  metrics: EntryMetrics = {},
  extra: Partial<TimelineEntry> = {},
) =>
  entry(
    id,
    "micro_hurt",
    position,
    occurredAt,
    { category: "phone", intensity: 5, repaired: false, ...metrics },
    extra,
  );

export const bid = (
  id: string,
  position: PartnerPosition,
  occurredAt: string,
  bidResponse: "toward" | "away" | "against",
  bidDirection: "made" | "received" = "made",
) => entry(id, "bid", position, occurredAt, { bidDirection, bidResponse });

export const cycle = (
  id: string,
  position: PartnerPosition,
  occurredAt: string,
  role: "pursue" | "withdraw",
  partnerRole?: "pursue" | "withdraw",
) => entry(id, "cycle_map", position, occurredAt, partnerRole ? { role, partnerRole } : { role });

export const csi = (
  id: string,
  position: PartnerPosition,
  occurredAt: string,
  score: number,
  extra: Partial<TimelineEntry> = {},
) => entry(id, "csi4", position, occurredAt, { score }, extra);

export type Assignment = TimelineInput["assignments"][number];

export function assignment(
  id: string,
  cadence: Assignment["cadence"],
  createdAt: string,
  extra: Partial<Assignment> = {},
): Assignment {
  return {
    id,
    kind: "micro_hurt",
    partnerPositions: [1, 2],
    cadence,
    createdAt: new Date(createdAt),
    untilOn: null,
    status: "active",
    ...extra,
  };
}

/** Two weeks in November (UTC), reviewed the morning after. */
export const twoWeeks = {
  period: { from: new Date("2026-11-02T00:00:00Z"), to: new Date("2026-11-16T00:00:00Z") },
  timeZone: "UTC",
  dateStyle: "US" as const,
  partners,
  csiCutoff: 13.5,
  sessionDates: [] as string[],
  now: new Date("2026-11-16T09:00:00Z"),
};
