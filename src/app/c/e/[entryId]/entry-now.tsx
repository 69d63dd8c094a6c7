import { AnswerList } from "~/components/entries/answer-list";
import type { DateFormat } from "~/dates";
import { getKind, isKindKey } from "~/homework/registry";
import {
  effectivePayload,
  storedEntryAnswers,
  type LatestUpdate,
  type StoredAnswers,
} from "~/homework/stored-entry";
import type { DraftPlace } from "~/components/partner/draft-store";
import { EntryUpdateForm } from "./entry-update-form";

interface Props {
  entry: StoredAnswers & { id: string; mine: boolean; latestUpdate: LatestUpdate | null };
  partnerId: string;
  dates: DateFormat;
  /** where the update form keeps its draft: this device's answer and the practice's days */
  draftPlace: DraftPlace;
}

/**
 * An entry as it reads now: its answers with the author's latest update, when it was updated and
 * what was first sent; and, for its author, the way to update it where the kind allows.
 */
export function EntryNow({ entry, partnerId, dates, draftPlace }: Props) {
  const { answers, original, updatedAt } = storedEntryAnswers(entry, entry.latestUpdate);
  const kind = isKindKey(entry.kind) ? getKind(entry.kind) : undefined;
  const later = kind?.later;
  // A quick log is completed through the same updates: every question it did not ask.
  const rest = entry.quick ? kind?.quick?.complete : undefined;
  const completed = Boolean(entry.latestUpdate);
  const now = effectivePayload(entry, entry.latestUpdate) ?? {};
  const values = Object.fromEntries(
    (later?.fields ?? []).flatMap((field) => (field in now ? [[field, now[field]]] : [])),
  );
  return (
    <>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        {entry.quick ? (
          <p className="text-[15px] text-slate-600" data-testid="entry-quick">
            {completed ? "Sent as a quick log; you added more later." : "Sent as a quick log."}
          </p>
        ) : null}
        {updatedAt ? (
          <p className="text-[15px] text-slate-600" data-testid="entry-updated">
            Updated {dates.moment(updatedAt)}
          </p>
        ) : null}
        <AnswerList rows={answers} />
        {original ? (
          <details className="rounded-lg bg-slate-50 p-3">
            <summary className="min-h-12 cursor-pointer py-2 font-medium">As first sent</summary>
            <AnswerList rows={original} />
          </details>
        ) : null}
      </section>
      {entry.mine && later && isKindKey(entry.kind) ? (
        <EntryUpdateForm
          partnerId={partnerId}
          entryId={entry.id}
          kind={entry.kind}
          sections={rest?.sections ?? later.sections}
          values={values}
          openLabel={
            rest ? (completed ? "Add more or change what you added" : rest.label) : later.label
          }
          prominent={Boolean(rest) && !completed && entry.mine}
          draftPlace={draftPlace}
        />
      ) : null}
    </>
  );
}
