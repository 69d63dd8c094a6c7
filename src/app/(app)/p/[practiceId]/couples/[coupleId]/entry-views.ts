import "server-only";
import { dateFormat, type DateSettings } from "~/dates";
import type { EntryVisibility } from "~/domain/homework";
import type { AnswerRow } from "~/homework/answers";
import { entrySummary, storedEntryAnswers, type LatestUpdate } from "~/homework/stored-entry";

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
  /** as first sent, when the author updated it later */
  original: AnswerRow[] | null;
  updatedAt: Date | null;
  /** when its author updated it, in the couple's time zone */
  updatedWhen: string | null;
}

interface EntryRow {
  id: string;
  kind: string;
  schemaVersion: number;
  payload: Record<string, unknown>;
  latestUpdate: LatestUpdate | null;
  occurredAt: Date;
  visibility: EntryVisibility;
  safetyFlag: boolean;
  /** saved from the quick form: the summary says so */
  quick: boolean;
  reviewedAt: Date | null;
  partnerName: string;
}

/** Entries as the couple page shows them: summarised, dated in the couple's time zone. */
export function entryViews(rows: EntryRow[], dates: DateSettings): EntryView[] {
  const { moment } = dateFormat(dates);
  return rows.map((row) => {
    const { title, line } = entrySummary(row, row.latestUpdate);
    const { answers, original, updatedAt } = storedEntryAnswers(row, row.latestUpdate);
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
      answers,
      original,
      updatedAt,
      updatedWhen: updatedAt ? moment(updatedAt) : null,
    };
  });
}
