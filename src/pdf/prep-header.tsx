import { Text, View } from "@react-pdf/renderer";
import { safetyFlagLine } from "~/timeline/safety-flags";
import { attribution, kindTitle, prepDates } from "./pdf-format";
import type { SessionPrep } from "~/prep/session-prep-types";
import { colors, styles } from "./styles";

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ width: "25%", marginTop: 4, paddingRight: 6 }}>
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
      {/* One row of facts: page 1 is for safety, focus, notes and numbers. */}
      <View style={{ flexDirection: "row", marginTop: 2 }}>
        <Fact label="Therapist" value={prep.therapistName} />
        <Fact label="Session date" value={dates.calendarDate(prep.sessionOn)} />
        <Fact
          label={prep.noSessionYet ? "Period (no session recorded yet)" : "Period covered"}
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

/**
 * Safety flags, first thing on page 1: every open one however old (it stays until a therapist
 * closes it with a follow-up), then those raised in the period, each with its entry if any.
 */
export function SafetySection({ prep }: { prep: SessionPrep }) {
  const flags = prep.safetyFlags;
  if (flags.length === 0) return null;
  const dates = prepDates(prep);
  const open = flags.filter((f) => !f.closed).length;
  const heading =
    open > 0
      ? `Safety: ${open === 1 ? "1 open flag" : `${open} open flags`}, not yet followed up`
      : `Safety: ${flags.length === 1 ? "1 flag" : `${flags.length} flags`} in this period, followed up`;
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
      <Text style={[styles.h3, { color: colors.urgent }]}>{heading}</Text>
      {flags.map((flag) => {
        const line = safetyFlagLine(flag, prep.timeline.period, dates);
        const entry = flag.entry;
        return (
          <View key={flag.id} style={{ marginTop: 5 }} wrap={false}>
            <Text>
              <Text style={styles.strong}>{line.status}. </Text>
              {line.text}
            </Text>
            {entry ? (
              <Text style={styles.small}>
                {kindTitle(entry.kind)}
                {entry.quote ? `: “${entry.quote}”` : entry.summary ? `: ${entry.summary}` : ""} (
                {attribution(entry, dates)})
              </Text>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
