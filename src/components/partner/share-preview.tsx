"use client";

import { useEffect, useRef } from "react";
import { AnswerList } from "~/components/entries/answer-list";
import type { AnswerRow } from "~/homework/answers";

interface Props {
  /** the entry's kind title, as the partner's list shows it */
  title: string;
  /** exactly the answers the other partner will read */
  rows: AnswerRow[];
  /** for an entry updated since it was sent: the first answers, which they can open too */
  original?: AnswerRow[] | null;
  confirmLabel: string;
  backLabel: string;
  pending?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onBack: () => void;
}

/**
 * Before anything is shared: what the other partner will see, answer by answer, then a choice.
 * Focus moves to its heading, so the step is announced and on screen.
 */
export function SharePreview(props: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="share-preview-heading"
      className="space-y-4 rounded-lg border-2 border-brand-700 bg-white p-4"
    >
      <h2 id="share-preview-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        Your partner will see this
      </h2>
      <p className="text-[15px] text-slate-700">
        Your therapist sees it too. You can make it private again later.
      </p>
      <div className="space-y-3 rounded-lg bg-slate-50 p-3">
        <p className="font-medium">{props.title}</p>
        {props.rows.length > 0 ? (
          <AnswerList rows={props.rows} />
        ) : (
          <p className="text-slate-600">No answers yet.</p>
        )}
        {props.original ? (
          <details>
            <summary className="min-h-11 cursor-pointer py-2 font-medium">
              They can also open what you first sent
            </summary>
            <AnswerList rows={props.original} />
          </details>
        ) : null}
      </div>
      {props.error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-medium text-red-900">
          {props.error}
        </p>
      ) : null}
      <div className="grid gap-2">
        <button
          type="button"
          disabled={props.pending}
          onClick={props.onConfirm}
          className="min-h-14 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white disabled:bg-slate-400"
        >
          {props.confirmLabel}
        </button>
        <button
          type="button"
          onClick={props.onBack}
          className="min-h-12 w-full rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-800"
        >
          {props.backLabel}
        </button>
      </div>
    </section>
  );
}
