import { EntryItem } from "./entry-item";
import type { EntryView } from "./entry-views";

/** Everything the partners have sent, newest first. */
export function EntriesSection({
  practiceId,
  entries,
}: {
  practiceId: string;
  entries: EntryView[];
}) {
  const unread = entries.filter((e) => !e.reviewed).length;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Entries</h2>
        <p className="text-sm text-slate-600">
          {unread === 0 ? "All reviewed" : `${unread} new`} · times in the couple&rsquo;s time zone
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
          No entries yet. They appear here as soon as a partner sends their homework.
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
    </>
  );
}
