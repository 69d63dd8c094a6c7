import { Text, View } from "@react-pdf/renderer";
import type { DateFormat } from "~/dates";
import type { TimelineEntry } from "~/timeline/types";
import { attribution, kindTitle, prepDates } from "./pdf-format";
import type { SessionPrep } from "~/prep/session-prep-types";
import { colors, styles } from "./styles";

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ width: "50%", marginTop: 4 }}>
      <Text style={styles.small}>{label}</Text>
      <Text>{value}</Text>
    </View>
  );
}

export function PrepHeader({ prep }: { prep: SessionPrep }) {
  const dates = prepDates(prep);
  const period = dates.calendarRange(prep.fromDate, prep.toDate);
  return (
    <View>
      <Text style={[styles.small, { textTransform: "uppercase", letterSpacing: 0.6 }]}>
        Session prep · confidential
      </Text>
      <Text style={[styles.h1, { marginTop: 2 }]}>{prep.coupleLabel}</Text>
      <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 4 }}>
        <Fact label="Therapist" value={prep.therapistName} />
        <Fact label="Session date" value={dates.calendarDate(prep.sessionOn)} />
        <Fact
          label={prep.noSessionYet ? "Period covered (no session recorded yet)" : "Period covered"}
          value={period}
        />
        <Fact
          label="Generated at"
          value={`${dates.moment(prep.generatedAt)} (${prep.timeZone.replaceAll("_", " ")})`}
        />
      </View>
    </View>
  );
}

/** Entries where a partner said they do not feel safe: first thing on page 1. */
export function SafetySection({ entries, dates }: { entries: TimelineEntry[]; dates: DateFormat }) {
  if (entries.length === 0) return null;
  return (
    <View
      style={{
        marginTop: 14,
        padding: 10,
        backgroundColor: colors.urgentPanel,
        borderLeftWidth: 3,
        borderLeftColor: colors.urgent,
      }}
    >
      <Text style={[styles.h3, { color: colors.urgent }]}>
        Safety: {entries.length === 1 ? "1 entry" : `${entries.length} entries`} flagged “I don’t
        feel safe” in this period
      </Text>
      {entries.map((entry) => (
        <View key={entry.id} style={{ marginTop: 5 }} wrap={false}>
          <Text>
            {kindTitle(entry.kind)}
            {entry.quote ? `: “${entry.quote}”` : entry.summary ? `: ${entry.summary}` : ""}
          </Text>
          <Text style={styles.small}>{attribution(entry, dates)}</Text>
        </View>
      ))}
    </View>
  );
}
