import { durationText } from "~/homework/schema-parts";
import type { FieldDef, Section } from "~/homework/types";

export interface AnswerRow {
  label: string;
  value: string;
}

/** { amount, unit } as given; a bare number (never stored by a current form) shows without a unit. */
function durationAnswerText(value: unknown): string | null {
  if (typeof value === "number") return durationText({ amount: value, unit: null });
  if (typeof value !== "object" || value === null || !("amount" in value)) return null;
  const { amount, unit } = value as { amount: unknown; unit?: unknown };
  if (typeof amount !== "number") return null;
  const known = unit === "minutes" || unit === "hours" || unit === "days" ? unit : null;
  return durationText({ amount, unit: known });
}

/** The label(s) of the couple's rituals or small wins an answer names, as they were then. */
function coupleItemText(value: unknown): string | null {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const labels = items.flatMap((item) =>
    typeof item === "object" && item !== null && "label" in item && typeof item.label === "string"
      ? [item.label]
      : [],
  );
  return labels.length > 0 ? labels.join(", ") : null;
}

function formatAnswer(
  field: FieldDef,
  value: unknown,
  payload: Record<string, unknown>,
): string | null {
  if (value === undefined || value === null || value === "") return null;
  const other = "otherField" in field && field.otherField ? payload[field.otherField] : undefined;
  const optionLabel = (v: unknown) => {
    if (v === "other" && typeof other === "string" && other) return other;
    return "options" in field
      ? (field.options.find((o) => o.value === v)?.label ?? String(v))
      : String(v);
  };
  switch (field.type) {
    case "choice":
      return optionLabel(value);
    case "multi":
      return Array.isArray(value) && value.length > 0 ? value.map(optionLabel).join(", ") : null;
    case "boolean":
      return value ? field.trueLabel : field.falseLabel;
    case "scale":
      if (typeof value !== "number") return null;
      return field.labels?.[value - field.min] ?? `${value} of ${field.max}`;
    case "duration":
      return durationAnswerText(value);
    case "entryRef":
      return "Linked to an earlier entry";
    case "coupleItem":
      return coupleItemText(value);
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/** An entry's answers as label/value pairs, in the order its form asked them. */
export function answerRows(sections: Section[], payload: Record<string, unknown>): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const field of sections.flatMap((s) => s.fields)) {
    const value = formatAnswer(field, payload[field.name], payload);
    if (value !== null) rows.push({ label: field.label, value });
  }
  return rows;
}
