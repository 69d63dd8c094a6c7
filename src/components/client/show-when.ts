import type { FieldDef } from "~/homework/types";

/** Whether a follow-up question applies, given the answers so far. */
export function isShown(field: FieldDef, values: Record<string, unknown>): boolean {
  if (!field.showWhen) return true;
  const current = values[field.showWhen.field];
  return field.showWhen.equals.some((expected) => expected === current);
}
