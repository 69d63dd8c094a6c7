"use client";

import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { FormError } from "~/components/ui/form-error";

/** What the buttons show of their mutation (a React Query mutation result fits). */
interface MutationState {
  isPending: boolean;
  isSuccess?: boolean;
  error: unknown;
}

/**
 * "Make our own …" on something versioned (a homework wording, a programme): copies it into the
 * practice and, on success, the caller's mutation goes straight to editing the copy.
 */
export function CopyFamilyButton({
  label,
  title,
  state,
  onCopy,
}: {
  label: string;
  title: string;
  state: MutationState;
  onCopy: () => void;
}) {
  return (
    <>
      <Button
        actionOf={title}
        variant="secondary"
        disabled={state.isPending || state.isSuccess}
        onClick={onCopy}
      >
        {state.isPending ? "Copying…" : label}
      </Button>
      {state.error ? (
        <div className="w-full">
          <FormError error={state.error} />
        </div>
      ) : null}
    </>
  );
}

/** Archive a versioned family, asked twice, with a line on what archiving leaves running. */
export function ArchiveFamily({
  what,
  note,
  title,
  state,
  onArchive,
}: {
  /** "wording", "programme" */
  what: string;
  note: string;
  title: string;
  state: MutationState;
  onArchive: () => void;
}) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{note}</p>
      <FormError error={state.error} />
      <ConfirmButton
        label={`Archive this ${what}`}
        question={`Archive “${title}”?`}
        confirmLabel="Yes, archive"
        dismissLabel="Keep it"
        pending={state.isPending}
        onConfirm={onArchive}
      />
    </div>
  );
}
