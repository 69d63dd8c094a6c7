"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { CopyFamilyButton } from "~/components/app/versioned-family";
import { useTRPC } from "~/components/trpc-provider";

/** Start the practice's own version of a programme, and go straight to editing it. */
export function CopyProgrammeButton({
  practiceId,
  from,
  title,
}: {
  practiceId: string;
  from: { builtinKey: string } | { familyId: string };
  title: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const copy = useMutation(
    trpc.programmes.copy.mutationOptions({
      onSuccess: (programme) => router.push(`/p/${practiceId}/programmes/${programme.familyId}`),
    }),
  );
  return (
    <CopyFamilyButton
      label="Make our own version"
      title={title}
      state={copy}
      onCopy={() => copy.mutate({ practiceId, from })}
    />
  );
}
