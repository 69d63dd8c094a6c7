"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextAreaField, TextField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";

interface Props {
  practiceId: string;
  coupleId: string;
  /** the couple's today, "2026-03-02": the latest date a session can have happened */
  today: string;
}

/** Record a session held with the couple, with private notes; "since last session" starts there. */
export function RecordTherapySessionForm({ practiceId, coupleId, today }: Props) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const record = useMutation(
    trpc.therapySessions.record.mutationOptions({
      onSuccess: succeed("Session recorded. “Since last session” now starts on its date."),
    }),
  );
  const errors = fieldErrorsOf(record.error);
  return (
    <form
      noValidate
      aria-label="Record a session"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        clear();
        const element = event.currentTarget;
        const form = new FormData(element);
        record.mutate(
          {
            practiceId,
            coupleId,
            sessionOn: formText(form, "sessionOn"),
            notes: formText(form, "therapySessions"),
          },
          { onSuccess: () => element.reset() },
        );
      }}
    >
      <FormError error={record.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <TextField
        id="sessionOn"
        label="Session date"
        type="date"
        required
        max={today}
        defaultValue={today}
        error={errors.sessionOn}
      />
      <TextAreaField
        id="therapySessions"
        label="Private notes"
        hint="Never shown to the couple. The next session-prep PDF includes them."
        rows={4}
        error={errors.notes}
      />
      <Button type="submit" disabled={record.isPending}>
        {record.isPending ? "Saving…" : "Record session"}
      </Button>
    </form>
  );
}
