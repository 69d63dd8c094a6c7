"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc-provider";
import { Button, ButtonLink } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { RecoveryCodes } from "./recovery-codes";

/** Scan (or type) the secret, confirm with a code, keep the recovery codes. */
export function EnrolForm({ next }: { next: string }) {
  const trpc = useTRPC();
  const start = useMutation(trpc.mfa.startEnrolment.mutationOptions());
  const confirm = useMutation(trpc.mfa.confirmEnrolment.mutationOptions());
  if (confirm.data) {
    return (
      <div className="space-y-4">
        <RecoveryCodes codes={confirm.data.recoveryCodes} />
        <ButtonLink href={next}>I have saved my recovery codes, continue</ButtonLink>
      </div>
    );
  }
  if (!start.data) {
    return (
      <div className="space-y-3">
        <FormError error={start.error} />
        <Button onClick={() => start.mutate()} disabled={start.isPending}>
          {start.isPending ? "Preparing…" : "Set up an authenticator app"}
        </Button>
      </div>
    );
  }
  const errors = fieldErrorsOf(confirm.error);
  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
        <li>In your authenticator app, add an account and scan this QR code.</li>
        <li>Then enter the six-digit code the app shows.</li>
      </ol>
      <div
        role="img"
        aria-label="QR code for your authenticator app"
        className="w-full max-w-56 rounded-md bg-white p-2 [&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: start.data.qrSvg }}
      />
      <div className="space-y-1 text-sm text-slate-700">
        <p>Cannot scan? Enter this key in the app instead (time-based):</p>
        <p>
          <code
            data-testid="mfa-secret"
            className="rounded bg-slate-100 px-2 py-1 font-mono tracking-wider break-all"
          >
            {start.data.secret}
          </code>
        </p>
      </div>
      <form
        noValidate
        aria-label="Confirm your authenticator app"
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          confirm.mutate({ code: formText(new FormData(event.currentTarget), "code") });
        }}
      >
        <FormError error={confirm.error} />
        <TextField
          id="code"
          label="Code from the app"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          error={errors.code}
        />
        <Button type="submit" disabled={confirm.isPending}>
          {confirm.isPending ? "Checking…" : "Confirm"}
        </Button>
      </form>
    </div>
  );
}
