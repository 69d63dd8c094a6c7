"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

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
    <>
      <Button
        actionOf={title}
        variant="secondary"
        disabled={copy.isPending || copy.isSuccess}
        onClick={() => copy.mutate({ practiceId, from })}
      >
        {copy.isPending ? "Copying…" : "Make our own version"}
      </Button>
      {copy.error ? (
        <div className="w-full">
          <FormError error={copy.error} />
        </div>
      ) : null}
    </>
  );
}
