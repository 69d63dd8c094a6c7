import "server-only";
import { getKind, isKindKey } from "~/homework/registry";

/** The kind's one-line summary of a stored entry, or a neutral label if it cannot be read. */
export function entrySummary(
  kind: string,
  payload: Record<string, unknown>,
): { title: string; line: string } {
  if (!isKindKey(kind)) return { title: "Entry", line: "" };
  const definition = getKind(kind);
  const parsed = definition.schema.safeParse(payload);
  return { title: definition.title, line: parsed.success ? definition.summary(parsed.data) : "" };
}
