import { EntryItem } from "./entry-item";
import type { EntryView } from "./entry-views";

/** Unreviewed safety flags, above everything else on the page until the therapist reviews them. */
export function SafetyBanner({
  practiceId,
  flagged,
}: {
  practiceId: string;
  /** every unreviewed safety flag, however old */
  flagged: EntryView[];
}) {
  if (flagged.length === 0) return null;
  return (
    <section
      aria-labelledby="safety-heading"
      className="space-y-4 rounded-lg border-2 border-red-700 bg-red-50 p-5 text-red-950 sm:p-6"
    >
      <div>
        <h2 id="safety-heading" className="text-lg font-semibold">
          A partner said they do not feel safe
        </h2>
        <p className="text-sm">
          Their partner has not been told. Follow up with them directly, then mark the entry
          reviewed.
        </p>
      </div>
      <ul className="space-y-4">
        {flagged.map((entry) => (
          <li
            key={entry.id}
            className="rounded-md border border-red-200 bg-white p-4 text-slate-900"
          >
            <EntryItem practiceId={practiceId} entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}
