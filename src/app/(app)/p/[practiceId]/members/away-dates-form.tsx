"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { FormError } from "~/components/ui/form-error";
import { fieldErrorsOf } from "~/components/ui/form-errors";

/**
 * The days a member is away, inclusive. While the treating therapist is away, safety alerts also
 * go to the practice's safety backup.
 */
export function AwayDatesForm({
  practiceId,
  userId,
  name,
  awayFrom,
  awayUntil,
}: {
  practiceId: string;
  userId: string;
  /** whose dates, for the form's name: "your" or "Priya Shah's" */
  name: string;
  awayFrom: string | null;
  awayUntil: string | null;
}) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const setAway = useMutation(
    trpc.members.setAway.mutationOptions({ onSuccess: succeed("Away dates saved.") }),
  );
  const errors = fieldErrorsOf(setAway.error);
  const id = (field: string) => `${field}-${userId}`;
  return (
    <form
      aria-label={`Away dates: ${name}`}
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        clear();
        const form = new FormData(event.currentTarget);
        setAway.mutate({
          practiceId,
          userId,
          awayFrom: formText(form, id("awayFrom")),
          awayUntil: formText(form, id("awayUntil")),
        });
      }}
    >
      <FormError error={setAway.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={id("awayFrom")}
          label="First day away"
          type="date"
          defaultValue={awayFrom ?? ""}
          error={errors.awayFrom}
        />
        <TextField
          id={id("awayUntil")}
          label="Last day away"
          type="date"
          defaultValue={awayUntil ?? ""}
          error={errors.awayUntil}
        />
      </div>
      <p className="text-sm text-slate-600">Clear both dates to say you are not away.</p>
      <Button type="submit" variant="secondary" disabled={setAway.isPending}>
        {setAway.isPending ? "Saving…" : "Save away dates"}
      </Button>
    </form>
  );
}
