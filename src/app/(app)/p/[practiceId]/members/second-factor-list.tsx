"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { TextField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";

interface Member {
  userId: string;
  label: string;
  hasFactor: boolean;
}

/** Who uses an authenticator app; owners reset one for a member who lost theirs. */
export function SecondFactorList({
  practiceId,
  members,
  selfUserId,
  isOwner,
}: {
  practiceId: string;
  members: Member[];
  selfUserId: string;
  isOwner: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const reset = useMutation(
    trpc.mfa.resetMember.mutationOptions({
      onSuccess: (_data, input) => {
        setDone(members.find((m) => m.userId === input.userId)?.label ?? null);
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(reset.error);
  return (
    <div className="space-y-3">
      {done ? (
        <Alert tone="success">
          {done}&rsquo;s authenticator app was reset. They set one up again when they next sign in
          (where the practice requires it).
        </Alert>
      ) : null}
      {reset.error && reset.variables?.userId !== selfUserId ? (
        <Alert tone="error">{reset.error.message}</Alert>
      ) : null}
      <ul className="divide-y divide-slate-200">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <span className="text-sm">
              <span className="font-medium text-slate-900">{m.label}</span>
              <span className="text-slate-600">
                {" "}
                · {m.hasFactor ? "uses an authenticator app" : "no authenticator app"}
              </span>
            </span>
            {isOwner && m.hasFactor && m.userId !== selfUserId ? (
              <ConfirmButton
                label="Reset"
                question={`Reset ${m.label}'s authenticator app?`}
                confirmLabel="Reset it"
                pending={reset.isPending}
                onConfirm={() => reset.mutate({ practiceId, userId: m.userId })}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {isOwner && members.some((m) => m.userId === selfUserId && m.hasFactor) ? (
        <form
          noValidate
          aria-label="Reset your own authenticator app"
          className="space-y-3 rounded-md border border-slate-200 p-3"
          onSubmit={(event) => {
            event.preventDefault();
            reset.mutate({
              practiceId,
              userId: selfUserId,
              recoveryCode: formText(new FormData(event.currentTarget), "recoveryCode"),
            });
          }}
        >
          <FormError error={reset.error} />
          <TextField
            id="recoveryCode"
            label="Reset your own authenticator app"
            hint="Enter one of your unused recovery codes. You then set up the app again."
            autoComplete="off"
            spellCheck={false}
            error={errors.recoveryCode}
          />
          <Button type="submit" variant="secondary" disabled={reset.isPending}>
            Reset mine
          </Button>
        </form>
      ) : null}
    </div>
  );
}
