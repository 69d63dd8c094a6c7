"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { TimeZonePicker } from "~/components/ui/time-zone-picker";
import type { TimeZoneChoice } from "~/dates/time-zones";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { optionsOf } from "~/domain/options";
import { pdfPageSizeLabel, pdfPageSizes, type PdfPageSize } from "~/domain/practice";
import { dateStyleLabels, dateStyles, type DateStyle } from "~/dates";
import { csiCutoffNote } from "~/homework/csi4";
import { useState } from "react";

interface Props {
  practiceId: string;
  settings: {
    name: string;
    timeZone: string;
    partnerLinkDays: number;
    crisisText: string | null;
    csiCutoff: number;
    pdfPageSize: PdfPageSize;
    dateStyle: DateStyle;
    defaultCrisisText: string;
    sharedDeviceIdleMinutes: number;
    draftDays: number;
    discreetEmails: boolean;
    secretsPolicy: string | null;
    defaultSecretsPolicy: string;
    safetyBackupUserId: string | null;
  };
  timeZones: TimeZoneChoice[];
  /** the practice's members, any of whom may be the safety backup */
  members: { value: string; label: string }[];
}

/** Empty number fields go to the server as missing, so the message says "enter a number". */
function numberText(form: FormData, name: string): string | undefined {
  return formText(form, name).trim() || undefined;
}

export function SettingsForm({ practiceId, settings, timeZones, members }: Props) {
  const [cutoff, setCutoff] = useState(String(settings.csiCutoff));
  const cutoffNote = csiCutoffNote(Number(cutoff));
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const update = useMutation(
    trpc.practices.updateSettings.mutationOptions({ onSuccess: succeed("Settings saved.") }),
  );
  const errors = fieldErrorsOf(update.error);
  return (
    <form
      noValidate
      aria-label="Practice settings"
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        clear();
        const form = new FormData(event.currentTarget);
        update.mutate({
          practiceId,
          name: formText(form, "name"),
          timeZone: formText(form, "timeZone"),
          partnerLinkDays: numberText(form, "partnerLinkDays"),
          crisisText: formText(form, "crisisText"),
          csiCutoff: numberText(form, "csiCutoff"),
          pdfPageSize: formText(form, "pdfPageSize") === "A4" ? "A4" : "LETTER",
          dateStyle: formText(form, "dateStyle") === "international" ? "international" : "US",
          sharedDeviceIdleMinutes: numberText(form, "sharedDeviceIdleMinutes"),
          draftDays: numberText(form, "draftDays"),
          discreetEmails: form.get("discreetEmails") === "on",
          secretsPolicy: formText(form, "secretsPolicy"),
          safetyBackupUserId: formText(form, "safetyBackupUserId") || null,
        });
      }}
    >
      <FormError error={update.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <TextField
        id="name"
        label="Practice name"
        defaultValue={settings.name}
        required
        error={errors.name}
      />
      <TimeZonePicker
        id="timeZone"
        label="Practice time zone"
        hint="Used for the audit log and practice-wide dates, and the zone new couples start in. Each couple keeps its own."
        defaultValue={settings.timeZone}
        choices={timeZones}
        error={errors.timeZone}
      />
      <SelectField
        id="dateStyle"
        label="Date and time style"
        hint="How staff pages, the session-prep PDF and partners' pages write dates and times."
        defaultValue={settings.dateStyle}
        options={dateStyles.map((style) => ({ value: style, label: dateStyleLabels[style] }))}
        error={errors.dateStyle}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="partnerLinkDays"
          label="Personal links work for (days)"
          hint="How long a partner's link works before they need a new one. 1 to 90."
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          step={1}
          defaultValue={settings.partnerLinkDays}
          error={errors.partnerLinkDays}
        />
        <TextField
          id="csiCutoff"
          label="CSI-4 distress cut-off"
          hint="Totals below this suggest relationship distress. Funk & Rogge (2007) use 13.5."
          type="number"
          inputMode="decimal"
          min={0}
          max={21}
          step={0.5}
          defaultValue={settings.csiCutoff}
          onChange={(event) => setCutoff(event.target.value)}
          error={errors.csiCutoff}
        />
      </div>
      {cutoffNote && cutoff.trim() !== "" ? (
        <p
          className="rounded-md bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="csi-cutoff-note"
        >
          {cutoffNote}
        </p>
      ) : null}
      <SelectField
        id="pdfPageSize"
        label="Session-prep PDF paper size"
        hint="The paper the session-prep PDF is laid out for."
        defaultValue={settings.pdfPageSize}
        options={optionsOf(pdfPageSizes, pdfPageSizeLabel)}
        error={errors.pdfPageSize}
      />
      <TextAreaField
        id="crisisText"
        label="Crisis resources"
        hint="Shown to a partner who says they do not feel safe. Leave empty to use the text shown here."
        rows={6}
        maxLength={2000}
        placeholder={settings.defaultCrisisText}
        defaultValue={settings.crisisText ?? ""}
        error={errors.crisisText}
      />
      <fieldset className="space-y-5 border-t border-slate-200 pt-5">
        <legend className="text-base font-semibold text-slate-900">Partner safety</legend>
        <SelectField
          id="safetyBackupUserId"
          label="Safety backup"
          hint="Also gets safety alerts for a couple whose treating therapist is away (away dates are on the Team page)."
          defaultValue={settings.safetyBackupUserId ?? ""}
          options={[{ value: "", label: "No backup" }, ...members]}
          error={errors.safetyBackupUserId}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            id="sharedDeviceIdleMinutes"
            label="Shared device: sign out after (idle minutes)"
            hint="A partner on a shared phone or computer is signed out after this long without use. 5 to 240."
            type="number"
            inputMode="numeric"
            min={5}
            max={240}
            step={1}
            defaultValue={settings.sharedDeviceIdleMinutes}
            error={errors.sharedDeviceIdleMinutes}
          />
          <TextField
            id="draftDays"
            label="Unsent drafts are kept for (days)"
            hint="On a partner's own device; on a shared one drafts go when sent or signed out. 1 to 30."
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            step={1}
            defaultValue={settings.draftDays}
            error={errors.draftDays}
          />
        </div>
        <div className="space-y-1">
          <label className="flex min-h-11 items-start gap-3 text-sm" htmlFor="discreetEmails">
            <input
              id="discreetEmails"
              name="discreetEmails"
              type="checkbox"
              defaultChecked={settings.discreetEmails}
              aria-describedby="discreetEmails-hint"
              className="mt-0.5 size-4 accent-brand-700"
            />
            <span className="font-medium text-slate-800">Discreet emails to partners</span>
          </label>
          <p id="discreetEmails-hint" className="text-sm text-slate-600">
            Emails to partners come from &ldquo;Care team&rdquo; with the subject &ldquo;A message
            from your care team&rdquo; and do not name the practice, so a lock screen or a shared
            inbox gives nothing away. A partner can also choose this for themselves.
          </p>
        </div>
        <TextAreaField
          id="secretsPolicy"
          label="Secrets policy"
          hint="Shown to partners where they choose to keep an entry private or share it. Leave empty to use the text shown here."
          rows={5}
          maxLength={2000}
          placeholder={settings.defaultSecretsPolicy}
          defaultValue={settings.secretsPolicy ?? ""}
          error={errors.secretsPolicy}
        />
      </fieldset>
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
