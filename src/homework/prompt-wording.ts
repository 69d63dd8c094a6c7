import type { FieldDef, HomeworkKind, Section } from "./types";

/** A practice's rewording of prompts, by field name (stored with its template copy). */
export type PromptOverrides = Record<string, { label?: string; help?: string }>;

export interface EditableField {
  name: string;
  section?: string;
  label: string;
  help?: string;
}

const isEditable = (field: FieldDef) => !field.lockedWording;

/** The fields whose label and help a practice may reword: all but validated questionnaire items. */
export function editableFields<TPayload>(kind: HomeworkKind<TPayload>): EditableField[] {
  return kind.sections.flatMap((section) =>
    section.fields.filter(isEditable).map((field) => ({
      name: field.name,
      section: section.title,
      label: field.label,
      help: field.help,
    })),
  );
}

const nonBlank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/**
 * The kind's sections (or some of its fields in other sections: the quick form, the rest asked
 * later) in a practice's wording. Overrides for unknown or locked fields are ignored, and a blank
 * override keeps the built-in text, so a half-edited template never shows an empty label.
 */
export function resolveSections<TPayload>(
  kind: HomeworkKind<TPayload>,
  prompts: PromptOverrides = {},
  sections: readonly Section[] = kind.sections,
): Section[] {
  return sections.map((section) => ({
    ...section,
    fields: section.fields.map((field): FieldDef => {
      const override = Object.hasOwn(prompts, field.name) ? prompts[field.name] : undefined;
      if (!override || !isEditable(field)) return field;
      return {
        ...field,
        label: nonBlank(override.label) ?? field.label,
        help: nonBlank(override.help) ?? field.help,
      };
    }),
  }));
}
