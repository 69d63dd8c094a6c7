"use client";

import type { TimeZoneChoice } from "~/dates/time-zones";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { CoupleFields, coupleDetailsFrom } from "~/components/app/couple-fields";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { formText } from "~/components/ui/form-data";

interface Props {
  practiceId: string;
  practiceTimeZone: string;
  timeZones: TimeZoneChoice[];
  /** Owners and admins choose; a therapist adds to their own caseload. */
  therapists: { value: string; label: string }[] | null;
  selfUserId: string;
}

export function CreateCoupleForm({
  practiceId,
  practiceTimeZone,
  timeZones,
  therapists,
  selfUserId,
}: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.couples.create.mutationOptions({
      onSuccess: ({ id }) => router.push(`/p/${practiceId}/couples/${id}?created=1`),
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
        create.mutate({
          practiceId,
          ...coupleDetailsFrom(form),
          therapistUserId: therapists ? formText(form, "therapistUserId") : selfUserId,
        });
      }}
    >
      <FormError error={create.error} />
      <CoupleFields
        defaults={{ label: "", timeZone: practiceTimeZone, partners: [] }}
        errors={errors}
        timeZones={timeZones}
      />
      {therapists ? (
        <SelectField
          id="therapistUserId"
          label="Treating therapist"
          defaultValue={selfUserId}
          options={therapists}
          error={errors.therapistUserId}
        />
      ) : null}
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add couple"}
      </Button>
    </form>
  );
}
