"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { dateFormat, type DateSettings } from "~/dates";

interface Invitation {
  id: string;
  email: string;
  role: string;
  expiresAt: Date;
  expired: boolean;
}

export function PendingInvitations({
  practiceId,
  invitations,
  dates,
}: {
  practiceId: string;
  invitations: Invitation[];
  /** the practice's style and zone, passed in so server and browser write the same day */
  dates: DateSettings;
}) {
  const { day } = dateFormat(dates);
  const trpc = useTRPC();
  const { note, succeed } = useSuccessNote();
  const resend = useMutation(
    trpc.invitations.resend.mutationOptions({ onSuccess: succeed("Invitation sent again.") }),
  );
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({ onSuccess: succeed("Invitation withdrawn.") }),
  );
  const error = resend.error ?? revoke.error;
  if (invitations.length === 0 && !note)
    return <p className="text-sm text-slate-600">No pending invitations.</p>;
  return (
    <div className="space-y-4">
      <FormError error={error} />
      {note && !error ? <Alert tone="success">{note}</Alert> : null}
      <ul aria-label="Pending invitations" className="divide-y divide-slate-200">
        {invitations.map((inv) => {
          return (
            <li key={inv.id} className="flex flex-wrap items-center gap-3 py-3">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">{inv.email}</p>
                <p className="text-sm text-slate-600">
                  {inv.role} · {inv.expired ? "expired" : `expires ${day(inv.expiresAt)}`}
                </p>
              </div>
              <Button
                variant="secondary"
                disabled={resend.isPending}
                onClick={() => resend.mutate({ practiceId, invitationId: inv.id })}
              >
                Resend<span className="sr-only"> to {inv.email}</span>
              </Button>
              <Button
                variant="danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate({ practiceId, invitationId: inv.id })}
              >
                Revoke<span className="sr-only"> invitation for {inv.email}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
