import { formText } from "~/components/ui/form-data";
import type { EditableField, PromptOverrides } from "~/homework/prompt-wording";

export interface Wording {
  title: string;
  instructions: string;
  prompts: PromptOverrides;
}

/**
 * Read the wording form. A prompt is kept only where it differs from the built-in text, so a
 * later improvement to the built-in wording still reaches prompts the practice never changed.
 */
export function wordingFrom(form: FormData, fields: EditableField[]): Wording {
  const prompts: PromptOverrides = {};
  for (const field of fields) {
    const label = formText(form, `prompts.${field.name}.label`).trim();
    const help = formText(form, `prompts.${field.name}.help`).trim();
    const override: { label?: string; help?: string } = {};
    if (label && label !== field.label) override.label = label;
    if (help && help !== (field.help ?? "")) override.help = help;
    if (override.label !== undefined || override.help !== undefined) prompts[field.name] = override;
  }
  return {
    title: formText(form, "title"),
    instructions: formText(form, "instructions"),
    prompts,
  };
}
