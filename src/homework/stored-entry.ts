import { answerRows } from "./answers";
import { getKind, isKindKey } from "./registry";
import type { HomeworkKind } from "./types";

/** An entry as stored: its kind, the schema version it was written with, its answers. */
export interface StoredAnswers {
  kind: string;
  schemaVersion: number;
  payload: Record<string, unknown>;
}

/** The newest later word of the author on an entry (was it repaired, did it land). */
export interface LatestUpdate {
  payload: Record<string, unknown>;
  createdAt: Date;
}

function readerOf(kind: HomeworkKind, version: number) {
  return version === kind.version ? kind.schema : kind.earlier?.[version];
}

/**
 * The stored answers read through the schema of the version they were written with, in the
 * current version's shape; null when the kind cannot read them. The stored row stays as it is.
 */
export function readStoredPayload(entry: StoredAnswers): Record<string, unknown> | null {
  if (!isKindKey(entry.kind)) return null;
  const reader = readerOf(getKind(entry.kind), entry.schemaVersion);
  const parsed = reader?.safeParse(entry.payload);
  return parsed?.success ? parsed.data : null;
}

/**
 * What the entry says now: the original answers, with the later fields (all of them, so an
 * update that says "not repaired" also clears "how") taken from the newest update when there is
 * one the kind can read. Null when the original cannot be read.
 */
export function effectivePayload(
  entry: StoredAnswers,
  update?: LatestUpdate | null,
): Record<string, unknown> | null {
  const original = readStoredPayload(entry);
  if (!original || !update || !isKindKey(entry.kind)) return original;
  const later = getKind(entry.kind).later;
  const parsed = later?.schema.safeParse(update.payload);
  if (!later || !parsed?.success) return original;
  const kept = Object.fromEntries(
    Object.entries(original).filter(([field]) => !later.fields.includes(field)),
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
  return { title: definition.title, line: payload ? definition.summary(payload) : "" };
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
