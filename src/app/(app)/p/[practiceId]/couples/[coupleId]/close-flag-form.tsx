"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { ChoiceGroup } from "~/components/ui/choice-group";
import { TextAreaField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { FormError } from "~/components/ui/form-error";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { optionsOf } from "~/domain/options";
import {
  safetyContactMethodLabel,
  safetyContactMethods,
  safetyOutcomeLabel,
  safetyOutcomes,
  type SafetyContactMethod,
  type SafetyOutcome,
} from "~/domain/safety";
import { SAFETY_NOTE_MAX } from "~/validation/safety-flags";

/** Closing a safety flag: how the partner was contacted, what came of it, and a note. */
export function CloseFlagForm({
  practiceId,
  flagId,
  who,
}: {
  practiceId: string;
  flagId: string;
  /** whose flag, read with the form's name, e.g. "Sam's safety flag of Nov 12" */
  who: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const close = useMutation(
    trpc.safetyFlags.close.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const errors = fieldErrorsOf(close.error);
  const id = (name: string) => `${name}-${flagId}`;
  return (
    <form
      aria-label={`Close ${who}`}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        close.mutate({
          practiceId,
          flagId,
          contactMethod: formText(form, id("contactMethod")) as SafetyContactMethod,
          outcome: formText(form, id("outcome")) as SafetyOutcome,
          note: formText(form, id("note")),
        });
      }}
    >
      <FormError error={close.error} />
      <ChoiceGroup
        name={id("contactMethod")}
        legend="How did you contact them?"
        type="radio"
        options={optionsOf(safetyContactMethods, safetyContactMethodLabel)}
        error={errors.contactMethod}
      />
      <ChoiceGroup
        name={id("outcome")}
        legend="Outcome"
        type="radio"
        options={optionsOf(safetyOutcomes, safetyOutcomeLabel)}
        error={errors.outcome}
      />
      <TextAreaField
        id={id("note")}
        label="Note"
        hint="What was said and done, and any next step. Kept in the couple's safety log; never shown to either partner."
        maxLength={SAFETY_NOTE_MAX}
        required
        error={errors.note}
      />
      <Button type="submit" disabled={close.isPending || close.isSuccess}>
        {close.isPending ? "Saving…" : "Close the safety flag"}
      </Button>
    </form>
  );
}
