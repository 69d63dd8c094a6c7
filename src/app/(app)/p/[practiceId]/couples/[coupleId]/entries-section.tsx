import Link from "next/link";
import { EntryItem } from "./entry-item";
import { MarkAllReviewedButton } from "./mark-all-reviewed-button";
import type { EntryView } from "./entry-views";

const linkStyle = "font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800";

/** One page of what the partners have sent, newest first, with the way to older ones. */
export function EntriesSection({
  practiceId,
  coupleId,
  entries,
  unreviewedCount,
  coupleHref,
  olderBefore,
  paged,
}: {
  practiceId: string;
  coupleId: string;
  entries: EntryView[];
  unreviewedCount: number;
  coupleHref: string;
  /** the last entry shown, when older ones exist */
  olderBefore: string | null;
  /** this is not the newest page */
  paged: boolean;
}) {
  const fresh = entries.filter((entry) => !entry.reviewed);
  const reviewed = entries.filter((entry) => entry.reviewed);
  return (
    <section id="entries" aria-labelledby="entries-heading">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="entries-heading" className="text-lg font-semibold">
          {paged ? "Older entries" : "Latest entries"}
        </h2>
        <p className="text-sm text-slate-600">
          {unreviewedCount === 0 ? "All reviewed" : `${unreviewedCount} new`} · times in the
          couple&rsquo;s time zone
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
          {paged
            ? "No older entries."
            : "No entries yet. They appear here as soon as a partner sends their homework."}
        </p>
      ) : (
        <>
          {fresh.length > 0 ? (
            <>
              {fresh.some((entry) => !entry.safetyFlag) ? (
                <div className="mb-4">
                  <MarkAllReviewedButton
                    practiceId={practiceId}
                    coupleId={coupleId}
                    count={fresh.filter((entry) => !entry.safetyFlag).length}
                  />
                </div>
              ) : null}
              <EntryList
                practiceId={practiceId}
                entries={fresh}
                label="New entries, newest first"
              />
            </>
          ) : null}
          {reviewed.length > 0 ? (
            // Already read: folded away, a click from view.
            <details data-fold="reviewed" className="mt-4 rounded-lg border border-slate-200 p-3">
              <summary className="min-h-11 cursor-pointer py-2 font-medium">
                {reviewed.length === 1 ? "1 reviewed entry" : `${reviewed.length} reviewed entries`}
              </summary>
              <EntryList
                practiceId={practiceId}
                entries={reviewed}
                label="Reviewed entries, newest first"
              />
            </details>
          ) : null}
        </>
      )}
      <nav aria-label="More entries" className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {paged ? (
          <Link href={`${coupleHref}#entries`} className={linkStyle}>
            Newest entries
          </Link>
        ) : null}
        {olderBefore ? (
          <Link href={`${coupleHref}?before=${olderBefore}#entries`} className={linkStyle}>
            Older entries
          </Link>
        ) : null}
        <Link href={`${coupleHref}/timeline`} className={linkStyle}>
          Every entry on the timeline
        </Link>
      </nav>
    </section>
  );
}

function EntryList({
  practiceId,
  entries,
  label,
}: {
  practiceId: string;
  entries: EntryView[];
  label: string;
}) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200">
      {entries.map((entry) => (
        <li key={entry.id} className="py-4 first:pt-0 last:pb-0">
          <EntryItem practiceId={practiceId} entry={entry} />
        </li>
      ))}
    </ul>
  );
}
