import type { EntryVisibility } from "~/domain/homework";
import { getKind, isKindKey } from "~/homework/registry";
import {
  effectivePayload,
  markQuick,
  type LatestUpdate,
  type StoredReading,
} from "~/homework/stored-entry";
import type { EntryMetrics, KindKey } from "~/homework/types";
import type { PartnerPosition, TimelineEntry } from "~/timeline/types";

/** The field holding the partner's own words worth quoting, per kind (CSI-4,
 * rituals and reflections have none: a reflection is read whole, in the app). */
const quoteField: Partial<Record<KindKey, string>> = {
  micro_hurt: "observation",
  cycle_map: "trigger",
  bid: "what",
  repair_script: "hurt",
  soft_checkin: "appreciation",
  connection_moment: "what",
  small_win: "step",
};

export interface StoredEntry {
  id: string;
  kind: string;
  schemaVersion: number;
  partnerId: string;
  occurredAt: Date;
  visibility: EntryVisibility;
  safetyFlag: boolean;
  /** saved from the quick form; absent on rows read before the column */
  quick?: boolean;
  payload: Record<string, unknown>;
  assignmentId: string | null;
}

export interface PartnerInfo {
  position: PartnerPosition;
  name: string;
}

/**
 * The kind's own words on a stored entry: metrics, summary and quote, read through the schema of
 * its version, as it stands after its author's latest update (the row itself is unchanged).
 */
export function toTimelineEntry(
  row: StoredEntry,
  partner: PartnerInfo,
  update?: LatestUpdate,
): TimelineEntry | null {
  if (!isKindKey(row.kind)) return null;
  const kind = getKind(row.kind);
  const read = (options: StoredReading) => {
    const payload = effectivePayload(row, update, options);
    // An entry its kind can no longer read still shows on the axis, without numbers.
    const metrics: EntryMetrics = payload ? kind.metrics(payload) : {};
    return {
      payload,
      metrics,
      summary: markQuick(payload ? kind.summary(payload) : "", row.quick),
    };
  };
  let answers: ReturnType<typeof read>;
  try {
    answers = read({ currentAsWritten: true });
  } catch (error) {
    // Answers the kind's code cannot work with after all are read through its schema instead.
    // Said in the log by id, kind and version only: never the answers or the error's message.
    const name = error instanceof Error ? error.name : typeof error;
    console.warn(
      `[timeline] entry ${row.id} (${row.kind} v${row.schemaVersion}) read through its schema after ${name}`,
    );
    answers = read({});
  }
  const { payload, metrics, summary } = answers;
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
    ...(row.quick ? { quick: true } : {}),
    metrics,
    summary,
    quote: typeof words === "string" && words.trim() !== "" ? words.trim() : null,
    payload: payload ?? row.payload,
    assignmentId: row.assignmentId,
    ...(update ? { updatedAt: update.createdAt } : {}),
  };
}
