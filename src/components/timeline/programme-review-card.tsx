import type { DateFormat } from "~/dates";
import type { ProgrammeReview, ReviewReflection } from "~/timeline/programme-review";
import { reviewRows } from "~/timeline/programme-review-rows";
import type { PartnerPosition } from "~/timeline/types";

function Reflection({ title, reflection }: { title: string; reflection: ReviewReflection | null }) {
  return (
    <div className="min-w-0">
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      {reflection ? (
        <dl className="mt-1 space-y-1 text-sm">
          {reflection.answers.map((a) => (
            <div key={a.label}>
              <dt className="text-slate-600">{a.label}</dt>
              <dd className="whitespace-pre-line text-slate-900">{a.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-sm text-slate-600">Not written.</p>
      )}
    </div>
  );
}

/**
 * The week-6 review for the therapist: the programme's first and last weeks side by side, per
 * partner, then each partner's start and review reflections. Private entries count, as on the
 * rest of the timeline.
 */
export function ProgrammeReviewCard({
  review,
  partners,
  dates,
}: {
  review: ProgrammeReview;
  partners: Record<PartnerPosition, string>;
  dates: DateFormat;
}) {
  const { first, last } = review;
  const weekHead = (w: typeof first) =>
    `Week ${w.weekNumber} (${dates.shortCalendarDate(w.startsOn)} – ${dates.shortCalendarDate(w.endsOn)})`;
  return (
    <section aria-labelledby="review-heading" data-testid="programme-review">
      <h2 id="review-heading" className="text-lg font-semibold">
        Programme review: week {first.weekNumber} and week {last.weekNumber}
      </h2>
      <p className="mb-4 text-sm text-slate-600">
        {review.runTitle}. Both partners&rsquo; entries, private ones included.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="sr-only">
            Week {first.weekNumber} and week {last.weekNumber} side by side, per partner
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">
                Partner and measure
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {weekHead(first)}
              </th>
              <th scope="col" className="py-2 font-medium">
                {weekHead(last)}
              </th>
            </tr>
          </thead>
          <tbody>
            {reviewRows(review, partners).map((row) => (
              <tr key={`${row.position}-${row.measure}`} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="font-medium">{row.partner}</span>: {row.measure}
                </th>
                <td className="py-2 pr-3">{row.first}</td>
                <td className="py-2">{row.last}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {([1, 2] as const).map((position) => (
          <div key={position} className="space-y-3">
            <h3 className="font-semibold">{partners[position]}&rsquo;s reflections</h3>
            <Reflection title="Starting out" reflection={review.reflections[position].start} />
            <Reflection title="Looking back" reflection={review.reflections[position].review} />
          </div>
        ))}
      </div>
    </section>
  );
}
