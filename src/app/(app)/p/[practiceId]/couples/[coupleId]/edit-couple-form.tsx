"use client";

import type { TimeZoneChoice } from "~/dates/time-zones";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  CoupleFields,
  coupleDetailsFrom,
  type CoupleDefaults,
} from "~/components/app/couple-fields";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";

interface Props {
  practiceId: string;
  coupleId: string;
  defaults: CoupleDefaults;
  timeZones: TimeZoneChoice[];
}

export function EditCoupleForm({ practiceId, coupleId, defaults, timeZones }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.couples.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    }),
  );
  return (
    <form
      noValidate
      aria-label="Couple details"
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        update.mutate({
          practiceId,
          coupleId,
          ...coupleDetailsFrom(new FormData(event.currentTarget)),
        });
      }}
    >
      <FormError error={update.error} />
      {saved ? <Alert tone="success">Details saved.</Alert> : null}
      <CoupleFields
        defaults={defaults}
        errors={fieldErrorsOf(update.error)}
        timeZones={timeZones}
      />
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? "Saving…" : "Save details"}
      </Button>
    </form>
  );
}
