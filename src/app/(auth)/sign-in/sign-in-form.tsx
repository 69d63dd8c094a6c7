"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { requestSignInLink, type SignInState } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, {
    email: "",
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        id="email"
        label="Work email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        autoFocus={Boolean(state.error)}
        defaultValue={state.email}
        error={state.error}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
