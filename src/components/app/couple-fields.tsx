import { TextField } from "~/components/ui/field";
import { TimeZonePicker } from "~/components/ui/time-zone-picker";
import type { TimeZoneChoice } from "~/dates/time-zones";
import type { FieldErrors } from "~/validation/field-errors";
import { formText } from "~/components/ui/form-data";

export interface CoupleDefaults {
  label: string;
  timeZone: string;
  partners: { displayName: string; email: string | null }[];
}

/** The fields a couple is made of, shared by the create and edit forms. */
export function CoupleFields({
  defaults,
  errors,
  timeZones,
}: {
  defaults: CoupleDefaults;
  errors: FieldErrors;
  timeZones: TimeZoneChoice[];
}) {
  return (
    <>
      <TextField
        id="label"
        label="Couple label"
        hint='How the couple appears in your caseload, e.g. "Alex & Sam".'
        defaultValue={defaults.label}
        required
        error={errors.label}
      />
      {[0, 1].map((i) => (
        <fieldset key={i} className="space-y-4 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">Partner {i + 1}</legend>
          <TextField
            id={`partners.${i}.displayName`}
            label="Display name"
            autoComplete="off"
            defaultValue={defaults.partners[i]?.displayName ?? ""}
            required
            error={errors[`partners.${i}.displayName`]}
          />
          <TextField
            id={`partners.${i}.email`}
            label="Email (optional)"
            hint="Homework links are sent here."
            type="email"
            autoComplete="off"
            defaultValue={defaults.partners[i]?.email ?? ""}
            error={errors[`partners.${i}.email`]}
          />
        </fieldset>
      ))}
      <TimeZonePicker
        id="timeZone"
        label="Couple's time zone"
        hint="Their entries and reminders follow it. It starts as the practice's zone."
        defaultValue={defaults.timeZone}
        choices={timeZones}
        error={errors.timeZone}
      />
    </>
  );
}

/** Read the shared fields back out of a submitted form. */
export function coupleDetailsFrom(form: FormData) {
  const text = (name: string) => formText(form, name);
  const partner = (i: number) => ({
    displayName: text(`partners.${i}.displayName`),
    email: text(`partners.${i}.email`),
  });
  return {
    label: text("label"),
    timeZone: text("timeZone"),
    partners: [partner(0), partner(1)] as [ReturnType<typeof partner>, ReturnType<typeof partner>],
  };
}
