import { Text, View } from "@react-pdf/renderer";
import type { SessionPrep } from "~/prep/session-prep-types";
import type { ReviewReflection } from "~/timeline/programme-review";
import { reviewRows } from "~/timeline/programme-review-rows";
import { prepDates } from "./pdf-format";
import { colors, styles } from "./styles";

const cell = { paddingVertical: 2.5, paddingRight: 6 };

function ReflectionPdf({
  title,
  reflection,
}: {
  title: string;
  reflection: ReviewReflection | null;
}) {
  return (
    <View style={{ marginTop: 4 }} wrap={false}>
      <Text style={styles.strong}>{title}</Text>
      {reflection ? (
        reflection.answers.map((a) => (
          <Text key={a.label}>
            <Text style={styles.muted}>{a.label} </Text>
            {a.value}
          </Text>
        ))
      ) : (
        <Text style={styles.muted}>Not written.</Text>
      )}
    </View>
  );
}

/**
 * The week-6 review: the programme's first and last weeks side by side, per partner, then each
 * partner's start and review reflections (their own words: the PDF is for the therapist only).
 */
export function PrepProgrammeReview({ prep }: { prep: SessionPrep }) {
  const review = prep.programmeReview;
  if (!review) return null;
  const { first, last } = review;
  const dates = prepDates(prep);
  const head = (w: typeof first) =>
    `Week ${w.weekNumber} (${dates.shortCalendarDate(w.startsOn)} – ${dates.shortCalendarDate(w.endsOn)})`;
  const partners = prep.timeline.partners;
  return (
    <View style={styles.section}>
      <View wrap={false}>
        <Text style={styles.h2}>
          Programme review: week {first.weekNumber} and week {last.weekNumber}
        </Text>
        <Text style={[styles.small, { marginBottom: 4 }]}>
          {review.runTitle}. Both partners&rsquo; entries, private ones included.
        </Text>
        <View style={[styles.row, { borderBottomWidth: 1, borderBottomColor: colors.rule }]}>
          <Text style={[cell, styles.muted, { width: "36%" }]}>Partner and measure</Text>
          <Text style={[cell, styles.muted, { width: "32%" }]}>{head(first)}</Text>
          <Text style={[cell, styles.muted, { width: "32%" }]}>{head(last)}</Text>
        </View>
        {reviewRows(review, partners).map((row) => (
          <View
            key={`${row.position}-${row.measure}`}
            style={[styles.row, { borderBottomWidth: 1, borderBottomColor: colors.rule }]}
          >
            <Text style={[cell, { width: "36%" }]}>
              <Text style={styles.strong}>{row.partner}</Text>: {row.measure}
            </Text>
            <Text style={[cell, { width: "32%" }]}>{row.first}</Text>
            <Text style={[cell, { width: "32%" }]}>{row.last}</Text>
          </View>
        ))}
      </View>
      {([1, 2] as const).map((position) => (
        <View key={position} style={{ marginTop: 6 }}>
          <Text style={styles.h3}>{partners[position]}&rsquo;s reflections</Text>
          <ReflectionPdf title="Starting out" reflection={review.reflections[position].start} />
          <ReflectionPdf title="Looking back" reflection={review.reflections[position].review} />
        </View>
      ))}
    </View>
  );
}
