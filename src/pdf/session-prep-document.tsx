import type { ReactNode } from "react";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import { ChartPdf } from "./chart-pdf";
import { PrepCycle } from "./cycle-pdf";
import { prepDates } from "./pdf-format";
import { PrepHeader, SafetySection } from "./prep-header";
import { PrepHighlights } from "./prep-highlights";
import { PrepFocus, PrepLastNotes, PrepOpenHomework } from "./prep-homework";
import { PrepKeyNumbers } from "./prep-key-numbers";
import { PrepProgrammeReview } from "./prep-programme-review";
import { PrepProgrammeWeeks } from "./prep-programme-weeks";
import { PrepPositive } from "./prep-positive";
import type { SessionPrep } from "~/prep/session-prep-types";
import { styles } from "./styles";

/** Points across the text column: page width less the page's side padding. */
const contentWidth = { LETTER: 612 - 88, A4: 595.28 - 88 } as const;
const CHART_GAP = 16;

type ChartRow = SessionPrep["charts"];

function ChartRowPdf({ row, width }: { row: ChartRow; width: number }) {
  return (
    <View style={styles.row} wrap={false}>
      {row.map((chart, i) => (
        <View key={chart.id} style={{ width, marginLeft: i === 0 ? 0 : CHART_GAP }}>
          <ChartPdf model={chart} width={width} />
        </View>
      ))}
    </View>
  );
}

/**
 * The charts two abreast, so all six fit on about a page and still print their labels at 7.5 pt.
 * The heading and its note travel with the first row: a heading never ends a page alone.
 */
function ChartGrid({ prep }: { prep: SessionPrep }) {
  const width = (contentWidth[prep.pageSize] - CHART_GAP) / 2;
  const rows: ChartRow[] = [];
  for (let i = 0; i < prep.charts.length; i += 2) rows.push(prep.charts.slice(i, i + 2));
  const [first, ...rest] = rows;
  const dates = prepDates(prep);
  const window = dates.calendarRange(prep.chartFromDate, prep.toDate);
  return (
    <View style={styles.section}>
      <View wrap={false}>
        <Text style={styles.h2}>Week by week</Text>
        <Text style={[styles.small, { marginBottom: 6 }]}>
          {window}: the period is shaded
          {prep.timeline.sessionDates.length > 0 ? ", a dashed line marks each session" : ""}.
        </Text>
        <PrepProgrammeWeeks prep={prep} />
        {first ? <ChartRowPdf row={first} width={width} /> : null}
      </View>
      {rest.map((row) => (
        <ChartRowPdf key={row.map((c) => c.id).join("-")} row={row} width={width} />
      ))}
    </View>
  );
}

/**
 * Each printed page around its share of the content, with the footer that numbers it. A page
 * layout (react-pdf's newer pagination) measures the content once and packs it into pages; the
 * footer's "Page N of M" as a render prop laid every page out again, a quarter of a render.
 */
function PrepPageChrome({
  prep,
  pageNumber,
  totalPages,
  children,
}: {
  prep: SessionPrep;
  pageNumber?: number;
  totalPages?: number;
  children: ReactNode;
}) {
  return (
    <>
      <View style={[styles.body, { flexGrow: 1 }]}>{children}</View>
      <View style={styles.footer}>
        <Text>
          {prep.coupleLabel} · session prep for {prepDates(prep).calendarDate(prep.sessionOn)} ·
          confidential
        </Text>
        <Text>{`Page ${pageNumber ?? 1} of ${totalPages ?? 1}`}</Text>
      </View>
    </>
  );
}

/**
 * The session-prep PDF, in the order a therapist reads it before a session. Page 1: who and when,
 * then safety flags, suggested focus, the last session's notes and key numbers; then open
 * homework, the charts, highlights with the partners' words and the cycle.
 */
export function SessionPrepDocument({ prep }: { prep: SessionPrep }) {
  return (
    <Document title="Session prep" creator="Attune" producer="Attune" language="en">
      <Page
        size={prep.pageSize}
        style={styles.page}
        layout={(page) => <PrepPageChrome prep={prep} {...page} />}
      >
        <PrepHeader prep={prep} />
        <SafetySection prep={prep} />
        <PrepFocus prep={prep} />
        <PrepLastNotes prep={prep} />
        <PrepKeyNumbers prep={prep} />
        <PrepPositive prep={prep} />
        {/* Short, and what the session reviews: it fills page 1's foot before the charts. */}
        <PrepOpenHomework prep={prep} />
        <ChartGrid prep={prep} />
        <PrepProgrammeReview prep={prep} />
        <PrepHighlights prep={prep} />
        <PrepCycle prep={prep} />
      </Page>
    </Document>
  );
}
