import type { EntryVisibility } from "~/domain/homework";
import { getKind, isKindKey } from "~/homework/registry";
import type { EntryMetrics, KindKey } from "~/homework/types";
import type { PartnerPosition, TimelineEntry } from "~/timeline/types";

/** The field holding the partner's own words worth quoting, per kind (CSI-4 has none). */
const quoteField: Partial<Record<KindKey, string>> = {
  micro_hurt: "observation",
  cycle_map: "trigger",
  bid: "what",
  repair_script: "hurt",
  soft_checkin: "appreciation",
};

export interface StoredEntry {
  id: string;
  kind: string;
  partnerId: string;
  occurredAt: Date;
  visibility: EntryVisibility;
  safetyFlag: boolean;
  payload: Record<string, unknown>;
  assignmentId: string | null;
}

export interface PartnerInfo {
  position: PartnerPosition;
  name: string;
}

/** The kind's own words on a stored entry: metrics, summary and quote, read through its schema. */
export function toTimelineEntry(row: StoredEntry, partner: PartnerInfo): TimelineEntry | null {
  if (!isKindKey(row.kind)) return null;
  const kind = getKind(row.kind);
  const parsed = kind.schema.safeParse(row.payload);
  // An entry its kind can no longer read still shows on the axis, without numbers.
  const metrics: EntryMetrics = parsed.success ? kind.metrics(parsed.data) : {};
  const summary = parsed.success ? kind.summary(parsed.data) : "";
  const field = quoteField[row.kind];
  const words = field ? row.payload[field] : undefined;
  return {
    id: row.id,
    kind: row.kind,
    position: partner.position,
    partnerName: partner.name,
    occurredAt: row.occurredAt,
    visibility: row.visibility,
    safetyFlag: row.safetyFlag,
    metrics,
    summary,
    quote: typeof words === "string" && words.trim() !== "" ? words.trim() : null,
    payload: row.payload,
    assignmentId: row.assignmentId,
  };
}
