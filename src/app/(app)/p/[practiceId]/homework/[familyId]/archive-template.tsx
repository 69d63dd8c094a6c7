"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ArchiveFamily } from "~/components/app/versioned-family";
import { useTRPC } from "~/components/trpc-provider";

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
    <ArchiveFamily
      what="wording"
      note="Archived wordings can no longer be assigned. Homework already assigned with them carries on unchanged."
      title={title}
      state={archive}
      onArchive={() => archive.mutate({ practiceId, familyId })}
    />
  );
}
