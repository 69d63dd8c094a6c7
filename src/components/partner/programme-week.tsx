import type { ProgrammeNow } from "~/timeline/programme-now";

/**
 * Where the couple is in their programme, above the week's homework: "Week 3 of 6: Feeling safe
 * together" and the week's intention. A paused programme says so, without blame.
 */
export function ProgrammeWeek({
  programme,
  startsOn,
}: {
  programme: ProgrammeNow;
  /** the first day, written for the partner, when the programme has not begun yet */
  startsOn: string;
}) {
  const { weekNumber, weekCount, title } = programme;
  return (
    <section
      aria-labelledby="programme-heading"
      className="rounded-lg border border-brand-100 bg-brand-50 p-4"
      data-testid="programme-week"
    >
      <h2 id="programme-heading" className="text-lg font-semibold text-brand-800">
        Week {weekNumber} of {weekCount}
        {title ? `: ${title}` : ""}
      </h2>
      {programme.upcoming ? (
        <p className="text-[15px] text-slate-700">Starts on {startsOn}.</p>
      ) : null}
      {programme.intention ? (
        <p className="mt-1 text-[17px] text-slate-800">{programme.intention}</p>
      ) : null}
      {programme.paused ? (
        <p className="mt-2 text-[15px] text-slate-700" data-testid="programme-paused">
          Your programme is paused for now. Nothing is lost: your therapist will pick it up with you
          when the time is right.
        </p>
      ) : null}
    </section>
  );
}
