import { LONG_TEXT, OTHER_TEXT } from "./schema-parts";
import type { FieldDef, Option } from "./types";

/** Builders for the field definitions kinds share, so each kind file reads as its content. */

type TextField = Extract<FieldDef, { type: "text" }>;
type ChoiceField = Extract<FieldDef, { type: "choice" }>;
type MultiField = Extract<FieldDef, { type: "multi" }>;
type Extra<F> = Partial<Omit<F, "type" | "name" | "label" | "options">>;

export function longText(name: string, label: string, extra: Extra<TextField> = {}): TextField {
  return { name, type: "text", multiline: true, maxLength: LONG_TEXT, label, ...extra };
}

/** The free text shown, and then required, when "other" is picked in `controller`. */
function otherText(controller: string, label: string, maxLength = OTHER_TEXT): TextField {
  return {
    name: `${controller}Other`,
    type: "text",
    maxLength,
    required: true,
    label,
    showWhen: { field: controller, equals: ["other"] },
  };
}

export function choiceWithOther(
  name: string,
  label: string,
  options: readonly Option[],
  other: { label: string; maxLength?: number },
  extra: Extra<ChoiceField> = {},
): FieldDef[] {
  const choice: ChoiceField = {
    name,
    type: "choice",
    label,
    options: [...options],
    otherField: `${name}Other`,
    ...extra,
  };
  return [choice, otherText(name, other.label, other.maxLength)];
}

export function multiWithOther(
  name: string,
  label: string,
  options: readonly Option[],
  other: { label: string; maxLength?: number },
  extra: Extra<MultiField> = {},
): FieldDef[] {
  const multi: MultiField = {
    name,
    type: "multi",
    label,
    options: [...options],
    otherField: `${name}Other`,
    ...extra,
  };
  return [multi, otherText(name, other.label, other.maxLength)];
}
