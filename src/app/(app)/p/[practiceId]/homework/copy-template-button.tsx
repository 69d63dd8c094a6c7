"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { CopyFamilyButton } from "~/components/app/versioned-family";
import { useTRPC } from "~/components/trpc-provider";
import type { KindKey } from "~/homework/types";

/** Start the practice's own wording of a built-in kind, and go straight to editing it. */
export function CopyTemplateButton({
  practiceId,
  kind,
  title,
}: {
  practiceId: string;
  kind: KindKey;
  title: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const copy = useMutation(
    trpc.homework.copyTemplate.mutationOptions({
      onSuccess: (template) => router.push(`/p/${practiceId}/homework/${template.familyId}`),
    }),
  );
  return (
    <CopyFamilyButton
      label="Make our own wording"
      title={title}
      state={copy}
      onCopy={() => copy.mutate({ practiceId, kind })}
    />
  );
}
