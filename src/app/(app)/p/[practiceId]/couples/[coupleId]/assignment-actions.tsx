"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { formErrorOf } from "~/components/ui/form-errors";
import type { AssignmentStatus } from "~/domain/homework";

/** Pause, resume or cancel one piece of homework. */
export function AssignmentActions({
  practiceId,
  assignmentId,
  status,
  title,
}: {
  practiceId: string;
  assignmentId: string;
  status: "active" | "paused";
  title: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const setStatus = useMutation(
    trpc.homework.setStatus.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const to = (next: AssignmentStatus) =>
    setStatus.mutate({ practiceId, assignmentId, status: next });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {status === "active" ? (
        <Button
          actionOf={title}
          variant="secondary"
          disabled={setStatus.isPending}
          onClick={() => to("paused")}
        >
          Pause
        </Button>
      ) : (
        <Button
          actionOf={title}
          variant="secondary"
          disabled={setStatus.isPending}
          onClick={() => to("active")}
        >
          Resume
        </Button>
      )}
      <ConfirmButton
        actionOf={title}
        label="Cancel"
        question={`Cancel “${title}”? The partners stop seeing it.`}
        confirmLabel="Yes, cancel it"
        dismissLabel="Keep it"
        pending={setStatus.isPending}
        onConfirm={() => to("cancelled")}
      />
      {setStatus.error ? (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {formErrorOf(setStatus.error)}
        </p>
      ) : null}
    </div>
  );
}
