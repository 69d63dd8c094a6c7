"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { PhonePreview } from "~/components/app/phone-preview";
import { previewWording } from "~/components/app/preview-wording";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextAreaField, TextField } from "~/components/ui/field";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { getKind } from "~/homework/registry";
import { editableFields, type PromptOverrides } from "~/homework/prompt-wording";
import type { KindKey } from "~/homework/types";
import { PromptFields } from "./prompt-fields";
import { wordingFrom, type Wording } from "./wording-from";

interface Props {
  practiceId: string;
  familyId: string;
  kind: KindKey;
  current: { title: string; instructions: string; prompts: PromptOverrides };
  crisisText: string;
}

/** Title, instructions and prompts of a practice's wording, with the phone preview following along. */
export function TemplateWordingForm({ practiceId, familyId, kind, current, crisisText }: Props) {
  const trpc = useTRPC();
  const fields = editableFields(getKind(kind));
  const [wording, setWording] = useState<Wording>(current);
  const { note, clear, succeed } = useSuccessNote();
  const revise = useMutation(
    trpc.homework.reviseTemplate.mutationOptions({ onSuccess: succeed("Saved as a new version.") }),
  );
  const errors = fieldErrorsOf(revise.error);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_391px] lg:items-start">
      <Card>
        <form
          noValidate
          aria-label="Wording"
          className="space-y-5"
          onChange={(event) => setWording(wordingFrom(new FormData(event.currentTarget), fields))}
          onSubmit={(event) => {
            event.preventDefault();
            clear();
            const next = wordingFrom(new FormData(event.currentTarget), fields);
            revise.mutate({ practiceId, familyId, ...next });
          }}
        >
          <FormError error={revise.error} />
          {note ? <Alert tone="success">{note}</Alert> : null}
          <TextField
            id="title"
            label="Title"
            defaultValue={current.title}
            maxLength={120}
            required
            error={errors.title}
          />
          <TextAreaField
            id="instructions"
            label="Instructions"
            hint="Shown above the questions."
            defaultValue={current.instructions}
            maxLength={2000}
            error={errors.instructions}
          />
          <PromptFields fields={fields} prompts={current.prompts} errors={errors} />
          <Button type="submit" disabled={revise.isPending}>
            {revise.isPending ? "Saving…" : "Save new version"}
          </Button>
        </form>
      </Card>
      <section aria-labelledby="preview-heading" className="lg:sticky lg:top-4">
        <h2 id="preview-heading" className="mb-3 text-lg font-semibold">
          Preview
        </h2>
        <PhonePreview wording={previewWording(kind, wording)} crisisText={crisisText} />
      </section>
    </div>
  );
}
