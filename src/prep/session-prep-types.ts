import type { Cadence, EntryVisibility } from "~/domain/homework";
import type { PdfPageSize } from "~/domain/practice";
import type { ChartModel } from "~/timeline/charts/types";
import type { ProgrammeReview } from "~/timeline/programme-review";
import type { TimelineSafetyFlag } from "~/timeline/safety-flags";
import type { CoupleTimeline, PartnerPosition, TimelineEntry } from "~/timeline/types";

/** One partner's side of the pursue–withdraw cycle, from the cycle maps they logged. */
export interface CycleSide {
  position: PartnerPosition;
  name: string;
  maps: number;
  pursued: number;
  withdrew: number;
  /** the role they took most often (the latest one on a tie); null with no maps */
  role: "pursue" | "withdraw" | null;
  /** from their latest map in that role */
  move: string | null;
  toldThemselves: string | null;
  softer: string | null;
  need: string | null;
  /** how that map's moment ended, in the partner's words for "Another way" */
  ending: string | null;
  from: { occurredAt: Date; visibility: EntryVisibility } | null;
}

export interface PrepHomework {
  id: string;
  title: string;
  cadence: Cadence;
  partners: { name: string; done: number; expected: number | null }[];
}

/** Everything the session-prep PDF shows, computed before rendering. */
export interface SessionPrep {
  coupleLabel: string;
  /** the partners' names, for the file name's initials only */
  partnerNames: [string, string];
  therapistName: string;
  timeZone: string;
  pageSize: PdfPageSize;
  /** the session the PDF prepares for: the last day of the period */
  sessionOn: string;
  fromDate: string;
  toDate: string;
  /** the first day the charts show: the period and the weeks before it, at least 8 */
  chartFromDate: string;
  previousFromDate: string;
  previousToDate: string;
  /** "since last session" with none recorded: the last 4 weeks */
  noSessionYet: boolean;
  generatedAt: Date;
  timeline: CoupleTimeline;
  charts: ChartModel[];
  /** entries behind highlights from before the period (the rules look back), to quote */
  earlierEntries: TimelineEntry[];
  cycle: [CycleSide, CycleSide];
  homework: PrepHomework[];
  lastSession: { sessionOn: string; notes: string } | null;
  /** every open safety flag however old, then those raised in the period: the PDF's head */
  safetyFlags: TimelineSafetyFlag[];
  /** the week-6 review: a programme's first and last weeks side by side, once it got there */
  programmeReview: ProgrammeReview | null;
}
