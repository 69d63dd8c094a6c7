"use client";

import { useQuery } from "@tanstack/react-query";
import { AnswerList } from "~/components/entries/answer-list";
import { OriginalAnswers } from "~/components/entries/original-answers";
import { useTRPC } from "~/components/trpc-provider";
import { formErrorOf } from "~/components/ui/form-errors";

/** An entry's full answers, loaded when it is opened: the server records that it was read. */
export function EntryAnswers({
  practiceId,
  coupleId,
  entryId,
}: {
  practiceId: string;
  coupleId: string;
  entryId: string;
}) {
  const trpc = useTRPC();
  const entry = useQuery(
    trpc.timeline.entry.queryOptions(
      { practiceId, coupleId, entryId },
      { staleTime: Infinity, retry: 1 },
    ),
  );
  if (entry.isPending)
    return (
      <p role="status" className="text-sm text-slate-600">
        Loading the answers…
      </p>
    );
  if (entry.isError)
    return (
      <p role="alert" className="text-sm font-medium text-red-700">
        {formErrorOf(entry.error)}
      </p>
    );
  return entry.data.answers.length > 0 ? (
    <>
      <AnswerList rows={entry.data.answers} />
      <OriginalAnswers updatedWhen={entry.data.updatedWhen} original={entry.data.original} />
    </>
  ) : (
    <p className="text-sm text-slate-600">No answers could be read from this entry.</p>
  );
}
