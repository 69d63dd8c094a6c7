"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

/** Owners turn the practice's authenticator-app requirement on or off; admins read it. */
export function RequireMfaForm({
  practiceId,
  required,
  isOwner,
  ownFactor,
  withoutFactor,
}: {
  practiceId: string;
  required: boolean;
  isOwner: boolean;
  /** The owner has set up their own: required before they can require it of everyone. */
  ownFactor: boolean;
  /** Members who have not set one up yet (they will be asked at their next sign-in). */
  withoutFactor: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const save = useMutation(
    trpc.mfa.setRequired.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        Authenticator app for every member
      </h2>
      <p className="text-sm text-slate-700">
        {required
          ? "Required: after the email link, every member enters a code from an authenticator app. Members without one are asked to set it up before they can open the practice."
          : "Not required: members may still set one up for themselves."}{" "}
        {withoutFactor > 0
          ? `${withoutFactor} ${withoutFactor === 1 ? "member has" : "members have"} not set one up yet.`
          : "Every member has set one up."}
      </p>
      {isOwner && !required && !ownFactor ? (
        <p className="text-sm text-slate-700">
          First{" "}
          <Link
            href={`/mfa/setup?next=${encodeURIComponent(`/p/${practiceId}/settings`)}`}
            className="font-medium text-brand-700 underline"
          >
            set up your own authenticator app
          </Link>
          , then require one for everyone.
        </p>
      ) : isOwner ? (
        <>
          <FormError error={save.error} />
          {save.isSuccess ? <Alert tone="success">Saved.</Alert> : null}
          <Button
            variant="secondary"
            disabled={save.isPending}
            onClick={() => save.mutate({ practiceId, required: !required })}
          >
            {required ? "Stop requiring an authenticator app" : "Require an authenticator app"}
          </Button>
        </>
      ) : (
        <p className="text-sm text-slate-600">Only owners change this.</p>
      )}
    </section>
  );
}
