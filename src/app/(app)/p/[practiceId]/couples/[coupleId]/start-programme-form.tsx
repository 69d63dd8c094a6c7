"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField, type SelectOption } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";

/** Choose a programme and its first day (the couple's next Monday unless changed). */
export function StartProgrammeForm({
  practiceId,
  coupleId,
  choices,
  defaultStartsOn,
  today,
}: {
  practiceId: string;
  coupleId: string;
  /** "builtin:<key>" or "family:<id>" */
  choices: SelectOption[];
  defaultStartsOn: string;
  today: string;
}) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const start = useMutation(
    trpc.programmes.start.mutationOptions({
      onSuccess: succeed(
        "Programme started. Each week's homework is given when the week begins, in the couple's time zone.",
      ),
    }),
  );
  const errors = fieldErrorsOf(start.error);
  return (
    <form
      noValidate
      aria-label="Start a programme"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        clear();
        const form = new FormData(event.currentTarget);
        const [type, id = ""] = formText(form, "programme").split(/:(.*)/);
        start.mutate({
          practiceId,
          coupleId,
          programme: type === "family" ? { familyId: id } : { builtinKey: id },
          startsOn: formText(form, "startsOn"),
        });
      }}
    >
      <FormError error={start.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      {/* Not id="programme": the card around this form has that id, for the page's #programme link. */}
      <SelectField
        id="programmeChoice"
        name="programme"
        label="Programme"
        options={choices}
        error={errors.programme}
      />
      <TextField
        id="startsOn"
        label="First day"
        hint="Week 1 starts on this day; each week runs seven days from there."
        type="date"
        min={today}
        defaultValue={defaultStartsOn}
        required
        error={errors.startsOn}
      />
      <Button type="submit" disabled={start.isPending}>
        {start.isPending ? "Starting…" : "Start the programme"}
      </Button>
    </form>
  );
}
