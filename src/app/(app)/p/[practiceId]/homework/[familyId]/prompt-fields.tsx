import { TextAreaField, TextField } from "~/components/ui/field";
import type { FieldErrors } from "~/validation/field-errors";
import type { EditableField, PromptOverrides } from "~/homework/prompt-wording";

/** One small block per rewordable question, grouped under the form's own section titles. */
export function PromptFields({
  fields,
  prompts,
  errors,
}: {
  fields: EditableField[];
  prompts: PromptOverrides;
  errors: FieldErrors;
}) {
  if (fields.length === 0) {
    return (
      <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
        These questions keep their validated wording: only the title and instructions can change.
      </p>
    );
  }
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">Questions</legend>
      <p className="text-sm text-slate-600">
        Reword any question or its help text. Clear a box to go back to the built-in wording.
      </p>
      {fields.map((field, i) => {
        const id = `prompts.${field.name}`;
        const sectionStarts = field.section && field.section !== fields[i - 1]?.section;
        return (
          <div key={field.name} className="space-y-3">
            {sectionStarts ? (
              <h3 className="pt-2 text-sm font-semibold tracking-wide text-slate-600 uppercase">
                {field.section}
              </h3>
            ) : null}
            <div className="space-y-3 rounded-lg border border-slate-200 p-4">
              <TextField
                id={`${id}.label`}
                label={`Question ${i + 1}`}
                defaultValue={prompts[field.name]?.label ?? field.label}
                maxLength={200}
                error={errors[`${id}.label`]}
              />
              <TextAreaField
                id={`${id}.help`}
                label={`Help text for question ${i + 1} (optional)`}
                rows={2}
                defaultValue={prompts[field.name]?.help ?? field.help ?? ""}
                maxLength={500}
                error={errors[`${id}.help`]}
              />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
