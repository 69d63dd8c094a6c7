import { getKind, isKindKey } from "./registry";

/** A stored entry's kind title and one-line summary; a neutral label if its kind cannot read it. */
export function entrySummary(
  kind: string,
  payload: Record<string, unknown>,
): { title: string; line: string } {
  if (!isKindKey(kind)) return { title: "Entry", line: "" };
  const definition = getKind(kind);
  const parsed = definition.schema.safeParse(payload);
  return { title: definition.title, line: parsed.success ? definition.summary(parsed.data) : "" };
}

/** The kind's line said back to the author under their answers, when it has one for this entry. */
export function entryReflection(kind: string, payload: Record<string, unknown>): string | null {
  if (!isKindKey(kind)) return null;
  const definition = getKind(kind);
  if (!definition.reflection) return null;
  const parsed = definition.schema.safeParse(payload);
  return parsed.success ? definition.reflection(parsed.data) : null;
}
