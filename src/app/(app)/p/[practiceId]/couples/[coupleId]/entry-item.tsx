import { AnswerList } from "~/components/entries/answer-list";
import { OriginalAnswers } from "~/components/entries/original-answers";
import type { EntryView } from "./entry-views";
import { MarkReviewedButton } from "./mark-reviewed-button";

const badge = "rounded-full px-2 py-0.5 text-xs font-semibold";

/** One entry: who, what, when, its summary, and the full answers a click away. */
export function EntryItem({ practiceId, entry }: { practiceId: string; entry: EntryView }) {
  return (
    <article className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">
          {entry.partnerName} · {entry.kindTitle}
        </h3>
        {entry.safetyFlag ? (
          <span className={`${badge} bg-red-700 text-white`}>Does not feel safe</span>
        ) : null}
        <span
          className={`${badge} ${entry.shared ? "bg-brand-100 text-brand-800" : "bg-slate-100 text-slate-700"}`}
        >
          {entry.shared ? "Shared with partner" : "Private"}
        </span>
        {entry.updatedWhen ? (
          <span className={`${badge} bg-emerald-100 text-emerald-900`}>Updated</span>
        ) : null}
        {entry.reviewed ? null : (
          <span className={`${badge} bg-amber-100 text-amber-900`}>New</span>
        )}
      </div>
      <p className="text-sm text-slate-600">
        <time dateTime={entry.occurredAt.toISOString()}>{entry.when}</time>
      </p>
      {entry.summary ? <p className="text-slate-800">{entry.summary}</p> : null}
      <details className="group rounded-md border border-slate-200 bg-slate-50">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 text-sm font-semibold text-brand-700">
          Answers
          <span className="sr-only">
            {" "}
            of {entry.partnerName}&rsquo;s {entry.kindTitle}
          </span>
        </summary>
        <div className="border-t border-slate-200 bg-white p-4">
          {entry.answers.length > 0 ? (
            <AnswerList rows={entry.answers} />
          ) : (
            <p className="text-sm text-slate-600">No answers could be read from this entry.</p>
          )}
          <OriginalAnswers updatedWhen={entry.updatedWhen} original={entry.original} />
        </div>
      </details>
      {entry.reviewed ? (
        <p className="text-sm text-slate-600">Reviewed</p>
      ) : entry.safetyFlag ? (
        <p className="text-sm text-slate-700">
          Reviewed when its safety flag is closed with a follow-up:{" "}
          <a
            href="#safety-heading"
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            go to Safety
          </a>
          .
        </p>
      ) : (
        <MarkReviewedButton
          practiceId={practiceId}
          entryId={entry.id}
          what={`${entry.partnerName}’s ${entry.kindTitle}`}
        />
      )}
    </article>
  );
}
