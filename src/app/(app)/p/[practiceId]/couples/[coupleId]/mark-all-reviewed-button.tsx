"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { formErrorOf } from "~/components/ui/form-errors";

/** Every ordinary new entry of the couple at once; a flagged one waits for its follow-up. */
export function MarkAllReviewedButton({
  practiceId,
  coupleId,
  count,
}: {
  practiceId: string;
  coupleId: string;
  count: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const review = useMutation(
    trpc.entries.markAllReviewed.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant="secondary"
        disabled={review.isPending || review.isSuccess}
        onClick={() => review.mutate({ practiceId, coupleId })}
      >
        {review.isPending ? "Saving…" : `Mark all ${count} new as reviewed`}
      </Button>
      {review.error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formErrorOf(review.error)}
        </p>
      ) : null}
    </div>
  );
}
