"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
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
    <>
      <Button
        actionOf={title}
        variant="secondary"
        disabled={copy.isPending || copy.isSuccess}
        onClick={() => copy.mutate({ practiceId, kind })}
      >
        {copy.isPending ? "Copying…" : "Make our own wording"}
      </Button>
      {copy.error ? (
        <div className="w-full">
          <FormError error={copy.error} />
        </div>
      ) : null}
    </>
  );
}
