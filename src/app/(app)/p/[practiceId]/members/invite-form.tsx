"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { formText } from "~/components/ui/form-data";
import { optionsOf } from "~/domain/options";
import { invitableRoles, roleLabel, type InvitableRole } from "~/domain/practice";
import { SeatNotice, type SeatOffer } from "./seat-notice";

export function InviteForm({
  practiceId,
  seatOffer = null,
}: {
  practiceId: string;
  /** Set when every paid seat is taken: an owner adds one on sending. */
  seatOffer?: SeatOffer | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [sent, setSent] = useState<string | null>(null);
  const invite = useMutation(
    trpc.invitations.invite.mutationOptions({
      onSuccess: ({ email }) => {
        setSent(`Invitation sent to ${email}.`);
        router.refresh();
      },
    }),
  );
  const addSeat = useMutation(trpc.billing.addSeat.mutationOptions());
  // Once the seat is bought, a retry (say, after a typo in the address) only sends.
  const [seatAdded, setSeatAdded] = useState(false);
  const addsSeat = seatOffer?.canAdd === true && !seatAdded;
  const errors = fieldErrorsOf(invite.error);
  return (
    <form
      noValidate
      aria-label="Invite a colleague"
      className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(null);
        const element = event.currentTarget;
        const form = new FormData(element);
        const send = () =>
          invite.mutate(
            {
              practiceId,
              email: formText(form, "inviteEmail"),
              role: formText(form, "inviteRole") as InvitableRole,
            },
            { onSuccess: () => element.reset() },
          );
        const afterSeat = () => {
          setSeatAdded(true);
          send();
        };
        if (addsSeat) addSeat.mutate({ practiceId }, { onSuccess: afterSeat });
        else send();
      }}
    >
      <div className="sm:col-span-3">
        {sent ? <Alert tone="success">{sent}</Alert> : null}
        <FormError error={addSeat.error ?? invite.error} />
        {seatOffer ? <SeatNotice offer={seatOffer} /> : null}
      </div>
      <TextField
        id="inviteEmail"
        label="Email"
        type="email"
        autoComplete="off"
        required
        error={errors.email}
      />
      <SelectField
        id="inviteRole"
        label="Role"
        error={errors.role}
        options={optionsOf(invitableRoles, roleLabel)}
      />
      <Button type="submit" className="sm:mt-6" disabled={invite.isPending || addSeat.isPending}>
        {invite.isPending || addSeat.isPending
          ? "Sending…"
          : addsSeat
            ? "Add a seat and send invitation"
            : "Send invitation"}
      </Button>
    </form>
  );
}
