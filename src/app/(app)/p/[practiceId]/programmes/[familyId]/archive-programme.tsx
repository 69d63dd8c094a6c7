"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { FormError } from "~/components/ui/form-error";

export function ArchiveProgramme({
  practiceId,
  familyId,
  title,
}: {
  practiceId: string;
  familyId: string;
  title: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const archive = useMutation(
    trpc.programmes.archive.mutationOptions({
      onSuccess: () => {
        router.push(`/p/${practiceId}/programmes`);
        router.refresh();
      },
    }),
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Archived programmes can no longer be started. Programmes already running carry on unchanged.
      </p>
      <FormError error={archive.error} />
      <ConfirmButton
        label="Archive this programme"
        question={`Archive “${title}”?`}
        confirmLabel="Yes, archive"
        dismissLabel="Keep it"
        pending={archive.isPending}
        onConfirm={() => archive.mutate({ practiceId, familyId })}
      />
    </div>
  );
}
