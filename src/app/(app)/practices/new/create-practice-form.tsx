"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { TimeZonePicker } from "~/components/ui/time-zone-picker";
import type { TimeZoneChoice } from "~/dates/time-zones";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { formText } from "~/components/ui/form-data";

export function CreatePracticeForm({ timeZones }: { timeZones: TimeZoneChoice[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.practices.create.mutationOptions({
      onSuccess: (practice) => router.push(`/p/${practice.id}`),
    }),
  );
  const errors = fieldErrorsOf(create.error);
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
      <TimeZonePicker
        id="timeZone"
        label="Time zone"
        hint="Used for dates and reminders across the practice; new couples start with it. We chose your computer's zone."
        defaultValue="UTC"
        guessFromBrowser
        choices={timeZones}
        error={errors.timeZone}
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create practice"}
      </Button>
    </form>
  );
}
