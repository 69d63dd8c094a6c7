import type { PartnerPosition } from "~/timeline/types";
import { type LaneDay } from "./lane-days";
import { LaneEntry, type LaneEntryView } from "./lane-entry";
import { laneAlign, laneEdge } from "./lane-style";

interface Props {
  practiceId: string;
  coupleId: string;
  partners: Record<PartnerPosition, string>;
  days: LaneDay<LaneEntryView>[];
}

/** Both partners' entries on one time axis, oldest first, a separator per day. */
export function EntryLanes({ practiceId, coupleId, partners, days }: Props) {
  return (
    <div className="space-y-4">
      <div aria-hidden="true" className="hidden grid-cols-2 gap-6 sm:grid">
        {([1, 2] as const).map((n) => (
          <p
            key={n}
            style={laneEdge(n)}
            className="rounded-md border-l-4 bg-slate-50 px-3 py-1.5 text-sm font-semibold"
          >
            {partners[n]}
          </p>
        ))}
      </div>
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="space-y-3">
          <h3
            id={`day-${day.date}`}
            className="flex items-center gap-3 text-sm font-semibold text-slate-700 after:h-px after:flex-1 after:bg-slate-200"
          >
            {day.label}
          </h3>
          <ol className="space-y-3">
            {day.entries.map((entry) => (
              <li
                key={entry.id}
                className={`sm:w-[calc(50%-0.75rem)] ${laneAlign[entry.position]}`}
              >
                <LaneEntry practiceId={practiceId} coupleId={coupleId} entry={entry} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
