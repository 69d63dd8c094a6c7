"use client";

import { entryAnchor, openEntries } from "./open-entries";
import { PrivateNote } from "./private-note";

export interface HighlightView {
  key: string;
  text: string;
  because: string;
  severity: "info" | "attention" | "urgent";
  /** "From Alex's private entries" when it rests on any, so it is not said aloud in a joint session */
  privateNote: string | null;
  /** its entries that the lanes show with the current filters */
  entryIds: string[];
  /** its entries from before the period (rules look back), which the lanes do not show */
  hiddenCount: number;
}

const tone = {
  urgent: { label: "Urgent", badge: "bg-red-700 text-white", edge: "border-l-red-700" },
  attention: {
    label: "Attention",
    badge: "bg-amber-100 text-amber-900",
    edge: "border-l-amber-500",
  },
  info: { label: "Note", badge: "bg-slate-100 text-slate-700", edge: "border-l-slate-300" },
} as const;

function plural(n: number, one: string, many: string) {
  return n === 1 ? one : many.replace("#", String(n));
}

function HighlightItem({ highlight }: { highlight: HighlightView }) {
  const { entryIds, hiddenCount } = highlight;
  const style = tone[highlight.severity];
  return (
    <li className={`space-y-1 border-l-4 py-1 pl-3 ${style.edge}`} data-testid="highlight">
      <p className="text-slate-900">
        <span className={`mr-2 rounded-full px-2 py-0.5 text-xs font-semibold ${style.badge}`}>
          {style.label}
        </span>
        {highlight.text}
      </p>
      {highlight.privateNote ? <PrivateNote note={highlight.privateNote} /> : null}
      <p className="text-xs text-slate-600">Why: {highlight.because}</p>
      {entryIds.length > 0 ? (
        <a
          href={`#${entryAnchor(entryIds[0]!)}`}
          className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800"
          onClick={(event) => {
            event.preventDefault();
            openEntries(entryIds);
          }}
        >
          {plural(entryIds.length, "Open its entry", "Open its # entries")}
          <span className="sr-only"> for: {highlight.text}</span>
        </a>
      ) : null}
      {hiddenCount > 0 ? (
        <p className="text-xs text-slate-600">
          {plural(hiddenCount, "1 entry is", "# entries are")} from before this period.
        </p>
      ) : null}
    </li>
  );
}

/** The pattern highlights, each with its rule in small print and a way to its entries. */
export function HighlightList({ highlights }: { highlights: HighlightView[] }) {
  if (highlights.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No patterns stood out in this period. A highlight appears when a stated rule is met, for
        example the same kind of hurt three or more times in 14 days.
      </p>
    );
  return (
    <ul aria-label="Highlights" className="space-y-4">
      {highlights.map((h) => (
        <HighlightItem key={h.key} highlight={h} />
      ))}
    </ul>
  );
}
