"use client";

import { useCallback, useRef, useState } from "react";
import { callProcedure } from "./call-procedure";
import { useResendWhenBack } from "./resend-when-back";

type Status = "idle" | "sending" | "offline" | "alerted" | { error: string };

/**
 * "Tell my therapist I need help": needs no other answer. The key comes with the page, so a
 * retry (a second tap, coming back online) raises one alert, not two. Says the therapist has been
 * alerted only once the server says so. Without scripts the form posts and the page confirms.
 */
export function HelpButton({ idempotencyKey }: { idempotencyKey: string }) {
  const [status, setStatus] = useState<Status>("idle");
  const sending = useRef(false);
  const [retryAfter, setRetryAfter] = useState<number | null>(null);

  const send = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    setStatus("sending");
    const result = await callProcedure("partner.askForHelp", { idempotencyKey });
    sending.current = false;
    if (result.ok) setStatus("alerted");
    else if (result.offline) {
      setRetryAfter(result.retryAfterSeconds);
      setStatus("offline");
    } else setStatus({ error: result.message });
  }, [idempotencyKey]);

  const resend = useCallback(() => void send(), [send]);
  useResendWhenBack(status === "offline", retryAfter, resend);

  if (status === "alerted") return <HelpAlerted />;
  return (
    <form
      method="post"
      action="/c/session/help"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <button
        type="submit"
        disabled={status === "sending"}
        className="min-h-14 w-full rounded-lg bg-red-800 px-4 text-lg font-semibold text-white disabled:bg-slate-400"
      >
        {status === "sending" ? "Sending…" : "Tell my therapist I need help"}
      </button>
      {status === "offline" ? (
        <p role="alert" className="rounded-lg bg-amber-50 p-4 text-amber-950">
          You seem to be offline, so your therapist has not been told yet. This will be sent as soon
          as you are back online — or tap the button again.
        </p>
      ) : typeof status === "object" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-medium text-red-900">
          {status.error} Your therapist has not been told yet: please try again.
        </p>
      ) : null}
    </form>
  );
}

/** What the partner reads once the server has raised the alert. */
export function HelpAlerted() {
  return (
    <div role="status" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
      <p className="font-semibold text-emerald-950">Your therapist has been alerted.</p>
      <p className="text-emerald-950">
        Only your therapist is told, never your partner. They will contact you as soon as they can,
        but not always straight away: if you are in danger now, use the numbers above.
      </p>
    </div>
  );
}
