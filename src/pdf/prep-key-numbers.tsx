import { Text, View } from "@react-pdf/renderer";
import { keyNumberRows } from "~/timeline/key-number-rows";
import { prepDates } from "./pdf-format";
import type { SessionPrep } from "~/prep/session-prep-types";
import { colors, styles } from "./styles";

const cell = { paddingVertical: 3, paddingHorizontal: 4 };
const widths = ["40%", "18%", "18%", "24%"] as const;

function Row({ values, header = false }: { values: string[]; header?: boolean }) {
  return (
    <View
      style={{
        flexDirection: "row",
        borderBottomWidth: 1,
        borderBottomColor: colors.rule,
        backgroundColor: header ? colors.panel : undefined,
      }}
    >
      {values.map((value, i) => (
        <Text
          key={i}
          style={[
            cell,
            { width: widths[i] },
            header ? { fontWeight: 600, fontSize: 8.5 } : {},
            i > 0 && i < 3 ? { textAlign: "right" } : {},
          ]}
        >
          {value}
        </Text>
      ))}
    </View>
  );
}

/** The page's key numbers, formatted by the same rows, beside the previous period of equal length. */
export function PrepKeyNumbers({ prep }: { prep: SessionPrep }) {
  const rows = keyNumberRows(prep.timeline.keyNumbers, prep.timeline.partners);
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.h2}>Key numbers</Text>
      <Text style={[styles.small, { marginBottom: 4 }]}>
        This period ({prepDates(prep).calendarRange(prep.fromDate, prep.toDate)}) against the
        previous period of equal length (
        {prepDates(prep).calendarRange(prep.previousFromDate, prep.previousToDate)}).
      </Text>
      <Row header values={["", "This period", "Previous", "Change"]} />
      {rows.map((row) => (
        <Row
          key={row.id}
          values={[
            row.note ? `${row.label} (${row.note})` : row.label,
            row.current,
            row.previous,
            row.change ?? "—",
          ]}
        />
      ))}
    </View>
  );
}
