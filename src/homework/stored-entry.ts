import { answerRows } from "./answers";
import { getKind, isKindKey } from "./registry";
import type { HomeworkKind } from "./types";

/** An entry as stored: its kind, the schema version it was written with, its answers. */
export interface StoredAnswers {
  kind: string;
  schemaVersion: number;
  payload: Record<string, unknown>;
  /** saved from the kind's quick form: its author may have added the rest later */
  quick?: boolean;
}

/** The newest later word of the author on an entry (was it repaired, did it land). */
export interface LatestUpdate {
  payload: Record<string, unknown>;
  createdAt: Date;
  /** the kind's version the update was written under; the current one when not given */
  schemaVersion?: number;
}

function readerOf(kind: HomeworkKind, version: number) {
  return version === kind.version ? kind.schema : kind.earlier?.[version];
}

export interface StoredReading {
  /**
   * Take answers stored under the kind's current version as they are. Entries are written only as
   * that schema's own output (`SubmitEntryInputSchema` parses them, and the row never changes), so
   * reading them through it again changes nothing; skipping it took a two-year timeline from 92
   * to 59 ms. For bulk reads that can fall back to a checked read if the answers misbehave.
   */
  currentAsWritten?: boolean;
}

/**
 * The stored answers read through the schema of the version they were written with, in the
 * current version's shape; null when the kind cannot read them. The stored row stays as it is.
 */
export function readStoredPayload(
  entry: StoredAnswers,
  options: StoredReading = {},
): Record<string, unknown> | null {
  if (!isKindKey(entry.kind)) return null;
  const kind = getKind(entry.kind);
  if (options.currentAsWritten && entry.schemaVersion === kind.version) return entry.payload;
  const reader = readerOf(kind, entry.schemaVersion);
  const parsed = reader?.safeParse(entry.payload);
  return parsed?.success ? parsed.data : null;
}

/** The fields an update covers: the kind's later fields as they were under the update's version. */
function fieldsCoveredBy(kind: HomeworkKind, update: LatestUpdate): readonly string[] {
  const later = kind.later;
  if (!later) return [];
  const version = update.schemaVersion ?? kind.version;
  return version === kind.version ? later.fields : (later.earlierFields?.[version] ?? later.fields);
}

/**
 * What the entry says now: the original answers, with the later fields (all that the update's
 * version covers, so an update that says "not repaired" also clears "how") taken from the newest
 * update when there is one the kind can read. Null when the original cannot be read.
 */
export function effectivePayload(
  entry: StoredAnswers,
  update?: LatestUpdate | null,
  options: StoredReading = {},
): Record<string, unknown> | null {
  const original = readStoredPayload(entry, options);
  if (!original || !update || !isKindKey(entry.kind)) return original;
  const kind = getKind(entry.kind);
  const parsed = kind.later?.schema.safeParse(update.payload);
  if (!parsed?.success) return original;
  const covered = fieldsCoveredBy(kind, update);
  const kept = Object.fromEntries(
    Object.entries(original).filter(([field]) => !covered.includes(field)),
  );
  return { ...kept, ...parsed.data };
}

/** A stored entry's kind title and one-line summary; a neutral label if its kind cannot read it. */
export function entrySummary(
  entry: StoredAnswers,
  update?: LatestUpdate | null,
): { title: string; line: string } {
  if (!isKindKey(entry.kind)) return { title: "Entry", line: "" };
  const definition = getKind(entry.kind);
  const payload = effectivePayload(entry, update);
  return {
    title: definition.title,
    line: markQuick(payload ? definition.summary(payload) : "", entry.quick),
  };
}

/** A summary that says the entry was a quick log, wherever it is read (lists, timeline, PDF). */
export function markQuick(summary: string, quick: boolean | undefined): string {
  if (!quick) return summary;
  return summary ? `Quick log · ${summary}` : "Quick log";
}

/** The entry as it reads now, and, when its author updated it, as first sent and when updated. */
export function storedEntryAnswers(entry: StoredAnswers, update?: LatestUpdate | null) {
  const sections = isKindKey(entry.kind) ? getKind(entry.kind).sections : [];
  const rows = (payload: Record<string, unknown> | null) =>
    answerRows(sections, payload ?? entry.payload);
  const current = effectivePayload(entry, update);
  return {
    answers: rows(current),
    original: update ? rows(readStoredPayload(entry)) : null,
    updatedAt: update?.createdAt ?? null,
  };
}

/** The kind's line said back to the author under their answers, when it has one for this entry. */
export function entryReflection(kind: string, payload: Record<string, unknown>): string | null {
  if (!isKindKey(kind)) return null;
  const definition = getKind(kind);
  if (!definition.reflection) return null;
  const parsed = definition.schema.safeParse(payload);
  return parsed.success ? definition.reflection(parsed.data) : null;
}
