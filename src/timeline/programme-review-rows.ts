import type { ProgrammeReview, ReviewWeekSide } from "./programme-review";
import type { PartnerPosition } from "./types";

/** One line of the review table: a measure for one partner, in week 1 and in the last week. */
interface ReviewRow {
  position: PartnerPosition;
  partner: string;
  measure: string;
  first: string;
  last: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function hurtsText(side: ReviewWeekSide): string {
  if (side.hurts === 0) return "none logged";
  const logged = count(side.hurts, "logged", "logged");
  if (side.repairedShare === null) return `${logged}, repair not known yet`;
  return `${logged}, ${side.repaired} of ${side.hurtsAnswered} repaired (${Math.round(side.repairedShare * 100)}%)`;
}

const measures: { measure: string; text: (side: ReviewWeekSide) => string }[] = [
  { measure: "CSI-4 (0–21)", text: (s) => (s.csi === null ? "—" : String(s.csi)) },
  {
    measure: "Rituals kept",
    text: (s) =>
      s.ritualEntries === 0 ? "none ticked" : count(s.ritualsKept, "check-off", "check-offs"),
  },
  { measure: "Connection moments", text: (s) => String(s.connectionMoments) },
  { measure: "Hurts and repairs", text: hurtsText },
];

/** The review's numbers as rows, partner by partner: the page's table and the PDF's read these. */
export function reviewRows(
  review: ProgrammeReview,
  partners: Record<PartnerPosition, string>,
): ReviewRow[] {
  return ([1, 2] as const).flatMap((position) =>
    measures.map(({ measure, text }) => ({
      position,
      partner: partners[position],
      measure,
      first: text(review.first.sides[position]),
      last: text(review.last.sides[position]),
    })),
  );
}
