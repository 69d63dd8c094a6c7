"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { MAX_CONSENT_TEXT_LENGTH } from "~/domain/consent";

interface Props {
  practiceId: string;
  consent: { version: number; body: string; builtIn: boolean };
}

/**
 * The consent text partners accept before their first homework. Saving a change makes a new
 * version, and every partner is asked to accept it at their next opening: the page says so first.
 */
export function ConsentForm({ practiceId, consent }: Props) {
  const trpc = useTRPC();
  const [note, setNote] = useState<string | null>(null);
  const save = useMutation(
    trpc.practices.saveConsentText.mutationOptions({
      onSuccess: (saved) =>
        setNote(
          saved.changed
            ? `Saved as version ${saved.version}. Partners will be asked to accept it when they next open their homework.`
            : "No change: the text is the one partners have been asked to accept.",
        ),
    }),
  );
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      aria-labelledby="consent-text-heading"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setNote(null);
        const form = new FormData(event.currentTarget);
        save.mutate({ practiceId, body: formText(form, "consentBody") });
      }}
    >
      <h2 id="consent-text-heading" className="text-lg font-semibold">
        Consent for homework
      </h2>
      <p className="text-sm text-slate-600">
        Each partner reads and accepts this the first time they open their homework.{" "}
        {consent.builtIn
          ? "Partners are shown Attune's built-in text below."
          : `Partners are shown version ${consent.version} of your practice's text.`}{" "}
        Saving a change asks every partner to accept it again at their next opening. Leave a blank
        line between paragraphs.
      </p>
      <FormError error={save.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <TextAreaField
        id="consentBody"
        label="Consent text"
        rows={12}
        maxLength={MAX_CONSENT_TEXT_LENGTH}
        defaultValue={consent.body}
        error={errors.body}
      />
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save as a new version"}
      </Button>
    </form>
  );
}
