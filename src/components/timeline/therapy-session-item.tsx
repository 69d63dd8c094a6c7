"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { TextAreaField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf, formErrorOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";

export interface TherapySessionView {
  id: string;
  /** "4 Mar 2026" */
  dateLabel: string;
  notes: string;
}

/** One recorded session: its notes, editable in place, and a way to remove it. */
export function TherapySessionItem({
  practiceId,
  session,
}: {
  practiceId: string;
  session: TherapySessionView;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from editing, the keyboard continues where it left off.
  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const update = useMutation(
    trpc.therapySessions.updateNotes.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        router.refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.therapySessions.delete.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const fieldId = `notes-${session.id}`;
  return (
    <article className="space-y-2">
      <h3 className="font-semibold text-slate-900">Session on {session.dateLabel}</h3>
      {editing ? (
        <form
          noValidate
          aria-label={`Notes of the session on ${session.dateLabel}`}
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            update.mutate({ practiceId, sessionId: session.id, notes: formText(form, fieldId) });
          }}
        >
          <FormError error={update.error} />
          <TextAreaField
            id={fieldId}
            label="Private notes"
            rows={5}
            autoFocus
            defaultValue={session.notes}
            error={fieldErrorsOf(update.error).notes}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save notes"}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          {session.notes ? (
            <p className="text-sm whitespace-pre-wrap text-slate-800">{session.notes}</p>
          ) : (
            <p className="text-sm text-slate-600">No notes.</p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <Button ref={editRef} variant="secondary" onClick={() => setEditing(true)}>
              Edit notes<span className="sr-only"> of the session on {session.dateLabel}</span>
            </Button>
            <ConfirmButton
              label={
                <>
                  Delete<span className="sr-only"> the session on {session.dateLabel}</span>
                </>
              }
              question={`Delete the session on ${session.dateLabel} and its notes?`}
              confirmLabel="Yes, delete it"
              dismissLabel="Keep it"
              pending={remove.isPending}
              onConfirm={() => remove.mutate({ practiceId, sessionId: session.id })}
            />
          </div>
          {remove.error ? (
            <p role="alert" className="text-sm font-medium text-red-700">
              {formErrorOf(remove.error)}
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}
