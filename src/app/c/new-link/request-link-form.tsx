"use client";

import { useState } from "react";
import { callProcedure } from "~/components/partner/call-procedure";
import { formText } from "~/components/ui/form-data";

type State =
  { kind: "idle" } | { kind: "sending" } | { kind: "sent" } | { kind: "error"; message: string };

/** "Email me a new link": the same answer whether or not the address is known. */
export function RequestLinkForm() {
  const [state, setState] = useState<State>({ kind: "idle" });
  if (state.kind === "sent") {
    return (
      <p role="status" className="rounded-lg bg-emerald-50 p-4 text-emerald-900">
        If that address belongs to someone in a practice using Attune, a new link is on its way.
        Check your email (and the spam folder) in a few minutes.
      </p>
    );
  }
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const email = formText(new FormData(event.currentTarget), "email");
        setState({ kind: "sending" });
        const result = await callProcedure("partner.requestLink", { email });
        if (!result.ok)
          setState({ kind: "error", message: result.fieldErrors.email?.[0] ?? result.message });
        else if (result.data.limited)
          setState({ kind: "error", message: "Too many requests. Please try again in an hour." });
        else setState({ kind: "sent" });
      }}
    >
      <label htmlFor="email" className="block font-medium">
        Your email address
      </label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        aria-invalid={state.kind === "error" ? true : undefined}
        aria-describedby={state.kind === "error" ? "email-error" : undefined}
        className="block w-full rounded-lg border border-slate-300 bg-white px-4 py-3"
      />
      {state.kind === "error" ? (
        <p id="email-error" role="alert" className="font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={state.kind === "sending"}
        className="min-h-12 w-full rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:bg-slate-400"
      >
        {state.kind === "sending" ? "Sending…" : "Email me a new link"}
      </button>
    </form>
  );
}
