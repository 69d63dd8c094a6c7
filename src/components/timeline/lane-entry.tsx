"use client";

import { useEffect, useRef, useState } from "react";
import type { PartnerPosition } from "~/timeline/types";
import { EntryAnswers } from "./entry-answers";
import { laneEdge } from "./lane-style";
import { entryAnchor } from "./open-entries";

export interface LaneEntryView {
  id: string;
  position: PartnerPosition;
  partnerName: string;
  kindTitle: string;
  occurredAt: Date;
  /** "21:05" on the couple's clock */
  time: string;
  summary: string;
  /** the partner's own words, when the summary does not already carry them */
  quote: string | null;
  shared: boolean;
  safetyFlag: boolean;
}

const badge = "rounded-full px-2 py-0.5 text-xs font-semibold";

/** One entry in its partner's lane; opening it loads its full answers (an audited read). */
export function LaneEntry({
  practiceId,
  coupleId,
  entry,
}: {
  practiceId: string;
  coupleId: string;
  entry: LaneEntryView;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const anchor = entryAnchor(entry.id);
  // A link to this entry (#entry-…) opens it, as a highlight's link does.
  useEffect(() => {
    if (window.location.hash === `#${anchor}` && ref.current) ref.current.open = true;
  }, [anchor]);
  const edge = entry.safetyFlag ? "border-2 border-red-700" : "border border-slate-200";
  return (
    <details
      ref={ref}
      id={anchor}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="lane-entry"
      className={`scroll-mt-4 rounded-md border-l-4 bg-white shadow-sm data-asked-for:ring-2 data-asked-for:ring-brand-600 ${edge}`}
      style={laneEdge(entry.position)}
    >
      <summary className="min-h-11 cursor-pointer space-y-1 px-3 py-2.5 break-words">
        <span className="font-semibold text-slate-900">
          {entry.partnerName} · {entry.kindTitle}
        </span>{" "}
        <time dateTime={entry.occurredAt.toISOString()} className="text-sm text-slate-600">
          {entry.time}
        </time>
        <span className="flex flex-wrap gap-1.5">
          {entry.safetyFlag ? (
            <span className={`${badge} bg-red-700 text-white`}>Does not feel safe</span>
          ) : null}
          <span
            className={`${badge} ${entry.shared ? "bg-brand-100 text-brand-800" : "bg-slate-100 text-slate-700"}`}
          >
            {entry.shared ? "Shared with partner" : "Private"}
          </span>
        </span>
        {entry.summary ? <span className="block text-slate-800">{entry.summary}</span> : null}
        {entry.quote ? (
          <span className="block text-sm text-slate-700 italic">“{entry.quote}”</span>
        ) : null}
      </summary>
      <div className="border-t border-slate-200 px-3 py-3">
        {open ? (
          <EntryAnswers practiceId={practiceId} coupleId={coupleId} entryId={entry.id} />
        ) : null}
      </div>
    </details>
  );
}
