"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { FormError } from "~/components/ui/form-error";

export function ArchiveTemplate({
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
    trpc.homework.archiveTemplate.mutationOptions({
      onSuccess: () => {
        router.push(`/p/${practiceId}/homework`);
        router.refresh();
      },
    }),
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Archived wordings can no longer be assigned. Homework already assigned with them carries on
        unchanged.
      </p>
      <FormError error={archive.error} />
      <ConfirmButton
        label="Archive this wording"
        question={`Archive “${title}”?`}
        confirmLabel="Yes, archive"
        dismissLabel="Keep it"
        pending={archive.isPending}
        onConfirm={() => archive.mutate({ practiceId, familyId })}
      />
    </div>
  );
}
