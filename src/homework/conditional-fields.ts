import type { z } from "zod";
import type { FieldDef, Section } from "./types";

export function fieldsOf(sections: readonly Section[]): FieldDef[] {
  return sections.flatMap((section) => section.fields);
}

interface FieldIndex {
  fields: readonly FieldDef[];
  byName: ReadonlyMap<string, FieldDef>;
}

/**
 * Fields in order and by name, built once per section list: the timeline reads every stored entry
 * through its schema, and looking controllers up field by field made that quadratic per entry.
 */
const fieldIndexes = new WeakMap<readonly Section[], FieldIndex>();

function indexOf(sections: readonly Section[]): FieldIndex {
  let index = fieldIndexes.get(sections);
  if (!index) {
    const fields = fieldsOf(sections);
    const byName = new Map<string, FieldDef>();
    for (const field of fields) if (!byName.has(field.name)) byName.set(field.name, field);
    index = { fields, byName };
    fieldIndexes.set(sections, index);
  }
  return index;
}

/** Whether a field is shown for these values: its condition holds and its controller is shown. */
export function isFieldVisible(
  sections: readonly Section[],
  field: FieldDef,
  values: Record<string, unknown>,
): boolean {
  const condition = field.showWhen;
  if (!condition) return true;
  const controller = indexOf(sections).byName.get(condition.field);
  if (controller && !isFieldVisible(sections, controller, values)) return false;
  const value = values[condition.field];
  const chosen: unknown[] = Array.isArray(value) ? value : [value];
  return chosen.some((item) => condition.equals.some((wanted) => wanted === item));
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

/**
 * What a form sends, made ready for the schema: untouched inputs ("" / null / []) are absent, and
 * values of hidden fields are dropped, so a draft typed before "repaired" was switched off neither
 * fails validation the person cannot see nor lingers in the stored entry.
 */
export function preparePayload(sections: readonly Section[], input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (!isEmpty(value)) values[key] = value;
  const hidden = indexOf(sections).fields.filter(
    (field) => !isFieldVisible(sections, field, values),
  );
  for (const field of hidden) delete values[field.name];
  return values;
}

const defaultOtherMessage = "Add a word or two for “Something else”.";

/**
 * "Something else" needs its words: where a field with an otherField has "other" picked and the
 * text is missing, an error on the text field (`messages` by its name, or a default).
 */
export function requireOtherTexts(
  sections: readonly Section[],
  messages: Record<string, string> = {},
) {
  const pairs = fieldsOf(sections).flatMap((field) =>
    (field.type === "choice" || field.type === "multi") && field.otherField
      ? [{ name: field.name, otherField: field.otherField }]
      : [],
  );
  return (payload: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const { name, otherField } of pairs) {
      const chosen = payload[name];
      const picked: unknown[] = Array.isArray(chosen) ? chosen : [chosen];
      if (!picked.includes("other") || payload[otherField]) continue;
      const message = messages[otherField] ?? defaultOtherMessage;
      ctx.addIssue({ code: "custom", path: [otherField], message });
    }
  };
}
