"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { formErrorOf } from "~/components/ui/form-errors";

export function MarkReviewedButton({
  practiceId,
  entryId,
  what,
}: {
  practiceId: string;
  entryId: string;
  /** read out with the button, e.g. "Alex's Micro-hurt log" */
  what: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const review = useMutation(
    trpc.entries.markReviewed.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        actionOf={what}
        variant="secondary"
        disabled={review.isPending || review.isSuccess}
        onClick={() => review.mutate({ practiceId, entryId })}
      >
        {review.isSuccess ? "Reviewed" : review.isPending ? "Saving…" : "Mark reviewed"}
      </Button>
      {review.error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formErrorOf(review.error)}
        </p>
      ) : null}
    </div>
  );
}
