"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { formText } from "~/components/ui/form-data";

export function CreatePracticeForm({ timeZones }: { timeZones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.practices.create.mutationOptions({
      onSuccess: (practice) => router.push(`/p/${practice.id}`),
    }),
  );
  const errors = fieldErrorsOf(create.error);
  const guessed = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        create.mutate({ name: formText(form, "name"), timeZone: formText(form, "timeZone") });
      }}
    >
      <FormError error={create.error} />
      <TextField
        id="name"
        label="Practice name"
        autoComplete="organization"
        required
        error={errors.name}
      />
      <SelectField
        id="timeZone"
        label="Time zone"
        hint="Used for dates and reminders across the practice."
        defaultValue={timeZones.includes(guessed) ? guessed : "UTC"}
        options={timeZones.map((tz) => ({ value: tz, label: tz.replaceAll("_", " ") }))}
        error={errors.timeZone}
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create practice"}
      </Button>
    </form>
  );
}
