import "server-only";
import { dateFormat, type DateSettings } from "~/dates";
import type { EntryVisibility } from "~/domain/homework";
import { entrySummary } from "~/homework/stored-entry";
import { answerRows, type AnswerRow } from "~/homework/answers";
import { getKind, isKindKey } from "~/homework/registry";

export interface EntryView {
  id: string;
  partnerName: string;
  kindTitle: string;
  /** the kind's one-line summary of the answers */
  summary: string;
  occurredAt: Date;
  when: string;
  shared: boolean;
  safetyFlag: boolean;
  reviewed: boolean;
  answers: AnswerRow[];
}

interface EntryRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
  visibility: EntryVisibility;
  safetyFlag: boolean;
  reviewedAt: Date | null;
  partnerName: string;
}

/** Entries as the couple page shows them: summarised, dated in the couple's time zone. */
export function entryViews(rows: EntryRow[], dates: DateSettings): EntryView[] {
  const { moment } = dateFormat(dates);
  return rows.map((row) => {
    const { title, line } = entrySummary(row.kind, row.payload);
    return {
      id: row.id,
      partnerName: row.partnerName,
      kindTitle: title,
      summary: line,
      occurredAt: row.occurredAt,
      when: moment(row.occurredAt),
      shared: row.visibility === "shared",
      safetyFlag: row.safetyFlag,
      reviewed: row.reviewedAt !== null,
      answers: isKindKey(row.kind) ? answerRows(getKind(row.kind).sections, row.payload) : [],
    };
  });
}
