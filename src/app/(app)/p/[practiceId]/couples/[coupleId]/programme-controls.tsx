"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { FormError } from "~/components/ui/form-error";
import type { ProgrammeStatus } from "~/domain/programmes";

/** Pause or resume, skip a week, give a week more time, stop: each says what it did. */
export function ProgrammeControls({
  practiceId,
  runId,
  status,
  hasCurrentWeek,
  hasNextWeek,
}: {
  practiceId: string;
  runId: string;
  status: ProgrammeStatus;
  hasCurrentWeek: boolean;
  hasNextWeek: boolean;
}) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const options = (message: string) => ({ onSuccess: succeed(message), onMutate: clear });
  const pause = useMutation(trpc.programmes.pause.mutationOptions(options("Programme paused.")));
  const resume = useMutation(
    trpc.programmes.resume.mutationOptions(
      options("Programme resumed. The weeks still to come start later by the days it was paused."),
    ),
  );
  const skip = useMutation(trpc.programmes.skipWeek.mutationOptions(options("Week skipped.")));
  const extend = useMutation(
    trpc.programmes.extendWeek.mutationOptions(options("This week now has seven more days.")),
  );
  const stop = useMutation(trpc.programmes.stop.mutationOptions(options("Programme stopped.")));
  const all = [pause, resume, skip, extend, stop];
  const pending = all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? null;
  return (
    <div className="space-y-3">
      <FormError error={error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {status === "paused" ? (
          <Button disabled={pending} onClick={() => resume.mutate({ practiceId, runId })}>
            Resume
          </Button>
        ) : (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => pause.mutate({ practiceId, runId })}
          >
            Pause
          </Button>
        )}
        {/* Skip and extend count from today: not while paused (resume first). */}
        {hasCurrentWeek && status === "active" ? (
          <>
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => extend.mutate({ practiceId, runId })}
            >
              Give this week 7 more days
            </Button>
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => skip.mutate({ practiceId, runId, which: "current" })}
            >
              Skip this week
            </Button>
          </>
        ) : null}
        {hasNextWeek && status === "active" ? (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => skip.mutate({ practiceId, runId, which: "next" })}
          >
            Skip next week
          </Button>
        ) : null}
      </div>
      <ConfirmButton
        label="Stop the programme"
        question="Stop the programme? Weeks still to come are cancelled and its open homework ends."
        confirmLabel="Yes, stop it"
        dismissLabel="Keep it going"
        pending={pending}
        onConfirm={() => stop.mutate({ practiceId, runId })}
      />
    </div>
  );
}
