"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ArchiveFamily } from "~/components/app/versioned-family";
import { useTRPC } from "~/components/trpc-provider";

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
    <ArchiveFamily
      what="programme"
      note="Archived programmes can no longer be started. Programmes already running carry on unchanged."
      title={title}
      state={archive}
      onArchive={() => archive.mutate({ practiceId, familyId })}
    />
  );
}
