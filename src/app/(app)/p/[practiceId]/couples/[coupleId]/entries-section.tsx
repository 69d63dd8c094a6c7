import Link from "next/link";
import { EntryItem } from "./entry-item";
import type { EntryView } from "./entry-views";

const linkStyle = "font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800";

/** One page of what the partners have sent, newest first, with the way to older ones. */
export function EntriesSection({
  practiceId,
  entries,
  unreviewedCount,
  coupleHref,
  olderBefore,
  paged,
}: {
  practiceId: string;
  entries: EntryView[];
  unreviewedCount: number;
  coupleHref: string;
  /** the last entry shown, when older ones exist */
  olderBefore: string | null;
  /** this is not the newest page */
  paged: boolean;
}) {
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
        <ul aria-label="Entries, newest first" className="divide-y divide-slate-200">
          {entries.map((entry) => (
            <li key={entry.id} className="py-4 first:pt-0 last:pb-0">
              <EntryItem practiceId={practiceId} entry={entry} />
            </li>
          ))}
        </ul>
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
