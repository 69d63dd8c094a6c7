"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ChoiceGroup } from "~/components/ui/choice-group";
import { SelectField, TextAreaField, TextField, type SelectOption } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import type { KindKey } from "~/homework/types";
import { cadenceWording, cadences, type Cadence } from "~/domain/homework";

export interface TemplateChoice {
  /** "kind:<key>" for a built-in, "family:<id>" for the practice's own wording */
  value: string;
  label: string;
  group: string;
  kind: KindKey;
  familyId: string | null;
}

interface Props {
  practiceId: string;
  coupleId: string;
  templates: TemplateChoice[];
  partners: { position: 1 | 2; displayName: string; email: string | null }[];
}

const cadenceOptions = cadences.map((c) => ({ value: c, label: cadenceWording[c].staff }));

export function AssignHomeworkForm({ practiceId, coupleId, templates, partners }: Props) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const assign = useMutation(
    trpc.homework.assign.mutationOptions({
      onSuccess: succeed(
        "Homework assigned. Partners with an email address get their link by email.",
      ),
    }),
  );
  const errors = fieldErrorsOf(assign.error);
  const noEmail = partners.filter((p) => !p.email).map((p) => p.displayName);
  return (
    <form
      noValidate
      aria-label="Assign homework"
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        clear();
        const element = event.currentTarget;
        const form = new FormData(element);
        const choice = templates.find((t) => t.value === formText(form, "template"));
        const date = (name: string) => formText(form, name) || null;
        assign.mutate(
          {
            practiceId,
            coupleId,
            kind: choice?.kind as KindKey,
            templateFamilyId: choice?.familyId ?? null,
            partnerPositions: form.getAll("partnerPositions").map((v) => (v === "2" ? 2 : 1)),
            cadence: formText(form, "cadence") as Cadence,
            dueOn: date("dueOn"),
            untilOn: date("untilOn"),
            note: formText(form, "note"),
          },
          { onSuccess: () => element.reset() },
        );
      }}
    >
      <FormError error={assign.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <SelectField
        id="template"
        label="Homework"
        options={templates satisfies SelectOption[]}
        error={errors.kind ?? errors.templateFamilyId}
      />
      <ChoiceGroup
        name="partnerPositions"
        legend="Who does it"
        type="checkbox"
        options={partners.map((p) => ({ value: String(p.position), label: p.displayName }))}
        defaultValues={["1", "2"]}
        hint={
          noEmail.length > 0
            ? `${noEmail.join(" and ")} has no email address: show their link below, in session.`
            : undefined
        }
        error={errors.partnerPositions}
      />
      <ChoiceGroup
        name="cadence"
        legend="How often"
        type="radio"
        options={cadenceOptions}
        defaultValues={["once"]}
        error={errors.cadence}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="dueOn" label="Due (optional)" type="date" error={errors.dueOn} />
        <TextField
          id="untilOn"
          label="Until (optional)"
          hint="When repeating homework ends."
          type="date"
          error={errors.untilOn}
        />
      </div>
      <TextAreaField
        id="note"
        label="Note to the couple (optional)"
        hint="Shown with the homework in the app, never in an email."
        rows={3}
        maxLength={500}
        error={errors.note}
      />
      <Button type="submit" disabled={assign.isPending}>
        {assign.isPending ? "Assigning…" : "Assign homework"}
      </Button>
    </form>
  );
}
