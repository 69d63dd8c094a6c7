"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { formText } from "~/components/ui/form-data";
import { coupleStatuses, coupleStatusLabel, type CoupleStatus } from "~/domain/couple";
import { optionsOf } from "~/domain/options";

interface Props {
  practiceId: string;
  coupleId: string;
  status: CoupleStatus;
  therapistUserId: string;
  /** Present for owners and admins, who may change the treating therapist. */
  therapists: { value: string; label: string }[] | null;
}

/** Status and treating therapist: the two things that move a couple around the practice. */
export function CareSettings({ practiceId, coupleId, status, therapistUserId, therapists }: Props) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const setStatus = useMutation(
    trpc.couples.setStatus.mutationOptions({ onSuccess: succeed("Status saved.") }),
  );
  const reassign = useMutation(
    trpc.couples.reassign.mutationOptions({ onSuccess: succeed("Treating therapist changed.") }),
  );
  const error = setStatus.error ?? reassign.error;
  return (
    <div className="space-y-5">
      <FormError error={error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <form
        aria-label="Status"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          clear();
          const next = formText(new FormData(event.currentTarget), "status") as CoupleStatus;
          setStatus.mutate({ practiceId, coupleId, status: next });
        }}
      >
        <div className="min-w-48 flex-1">
          <SelectField
            id="status"
            label="Status"
            defaultValue={status}
            error={fieldErrorsOf(setStatus.error).status}
            options={optionsOf(coupleStatuses, coupleStatusLabel)}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={setStatus.isPending}>
          Save status
        </Button>
      </form>
      {therapists ? (
        <form
          aria-label="Treating therapist"
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            clear();
            const next = formText(new FormData(event.currentTarget), "therapistUserId");
            reassign.mutate({ practiceId, coupleIds: [coupleId], therapistUserId: next });
          }}
        >
          <div className="min-w-48 flex-1">
            <SelectField
              id="therapistUserId"
              label="Treating therapist"
              defaultValue={therapistUserId}
              options={therapists}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={reassign.isPending}>
            Change therapist
          </Button>
        </form>
      ) : null}
    </div>
  );
}
