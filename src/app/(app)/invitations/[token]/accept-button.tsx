"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

export function AcceptButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: ({ practiceId }) => router.push(`/p/${practiceId}`),
    }),
  );
  return (
    <div className="space-y-4">
      <FormError error={accept.error} />
      <Button
        className="w-full"
        disabled={accept.isPending || accept.isSuccess}
        onClick={() => accept.mutate({ token })}
      >
        {accept.isPending || accept.isSuccess ? "Joining…" : "Accept invitation"}
      </Button>
    </div>
  );
}
