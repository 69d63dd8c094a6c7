import type { AnswerRow } from "~/homework/answers";
import { AnswerList } from "./answer-list";

/**
 * When its author updated an entry later: when, and what they first sent, kept a click away so
 * the current answers read first and the history is never lost.
 */
export function OriginalAnswers({
  updatedWhen,
  original,
}: {
  updatedWhen: string | null;
  original: AnswerRow[] | null;
}) {
  if (!updatedWhen || !original) return null;
  return (
    <div className="mt-3 space-y-2">
      <p className="text-sm text-slate-600" data-testid="entry-updated">
        Updated by its author {updatedWhen}
      </p>
      <details className="rounded-md border border-slate-200 bg-slate-50 px-3">
        <summary className="min-h-11 cursor-pointer py-2.5 text-sm font-semibold text-brand-700">
          As first sent
        </summary>
        <div className="pb-3">
          <AnswerList rows={original} />
        </div>
      </details>
    </div>
  );
}
