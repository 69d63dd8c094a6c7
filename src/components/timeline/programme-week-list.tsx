import type { DateStyle } from "~/dates";
import { programmeWeekLines, type ProgrammeWeekSpan } from "~/timeline/programme-weeks";

/**
 * The programme weeks the charts draw as bands, in words: what a screen reader reads instead of
 * the bands, and what a printout keeps when colours fade. Skipped weeks are named here only.
 */
export function ProgrammeWeekList({
  weeks,
  dateStyle,
}: {
  weeks: readonly ProgrammeWeekSpan[];
  dateStyle: DateStyle;
}) {
  if (weeks.length === 0) return null;
  const runTitle = weeks.at(-1)?.runTitle ?? "Programme";
  return (
    <div className="mb-6 text-sm text-slate-700" data-testid="programme-weeks">
      <h3 className="font-semibold text-slate-900">
        Programme weeks <span className="font-normal">({runTitle})</span>
      </h3>
      <p className="text-slate-600">Shown as bands above each chart.</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {programmeWeekLines(weeks, dateStyle).map((line) => (
          <li key={line.key} className={line.drawn ? "" : "text-slate-600 italic"}>
            {line.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
