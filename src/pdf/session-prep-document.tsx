import { Document, Page, Text, View } from "@react-pdf/renderer";
import { ChartPdf } from "./chart-pdf";
import { PrepCycle } from "./cycle-pdf";
import { prepDates } from "./pdf-format";
import { PrepHeader, SafetySection } from "./prep-header";
import { PrepHighlights } from "./prep-highlights";
import { PrepFocus, PrepHomeworkAndNotes } from "./prep-homework";
import { PrepKeyNumbers } from "./prep-key-numbers";
import type { SessionPrep } from "~/prep/session-prep-types";
import { styles } from "./styles";

/** Points across the text column: page width less the page's side padding. */
const contentWidth = { LETTER: 612 - 88, A4: 595.28 - 88 } as const;
const CHART_GAP = 16;

/** The charts two abreast, so all six fit on about a page and still print their labels at 7.5 pt. */
function ChartGrid({ prep }: { prep: SessionPrep }) {
  const width = (contentWidth[prep.pageSize] - CHART_GAP) / 2;
  const rows: SessionPrep["charts"][] = [];
  for (let i = 0; i < prep.charts.length; i += 2) rows.push(prep.charts.slice(i, i + 2));
  return (
    <View style={styles.section}>
      <Text style={styles.h2} minPresenceAhead={160}>
        Week by week
      </Text>
      {rows.map((row) => (
        <View key={row.map((c) => c.id).join("-")} style={styles.row} wrap={false}>
          {row.map((chart, i) => (
            <View key={chart.id} style={{ width, marginLeft: i === 0 ? 0 : CHART_GAP }}>
              <ChartPdf model={chart} width={width} />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * The session-prep PDF, in the order a therapist reads it before a session: who and when (safety
 * flags first), key numbers, charts, highlights with the partners' words, the cycle, homework and
 * last notes, suggested focus.
 */
export function SessionPrepDocument({ prep }: { prep: SessionPrep }) {
  return (
    <Document title="Session prep" creator="Attune" producer="Attune" language="en">
      <Page size={prep.pageSize} style={styles.page}>
        <View fixed style={styles.footer}>
          <Text>
            {prep.coupleLabel} · session prep for {prepDates(prep).calendarDate(prep.sessionOn)} ·
            confidential
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
        <View style={styles.body}>
          <PrepHeader prep={prep} />
          <SafetySection prep={prep} />
          <PrepKeyNumbers prep={prep} />
          <ChartGrid prep={prep} />
          <PrepHighlights prep={prep} />
          <PrepCycle prep={prep} />
          <PrepHomeworkAndNotes prep={prep} />
          <PrepFocus prep={prep} />
        </View>
      </Page>
    </Document>
  );
}
