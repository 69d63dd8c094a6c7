import { Text, View } from "@react-pdf/renderer";
import type { SessionPrep } from "~/prep/session-prep-types";
import { positiveGroups } from "~/timeline/positive-lines";
import { prepDates } from "./pdf-format";
import { styles } from "./styles";

/** Rituals kept, small wins and reflections, as the timeline page lists them. */
export function PrepPositive({ prep }: { prep: SessionPrep }) {
  const groups = positiveGroups(prep.timeline, prepDates(prep).shortDay);
  if (groups.every((group) => group.lines.length === 0)) return null;
  return (
    <View style={styles.section}>
      <Text style={styles.h2}>Rituals, small wins and reflections</Text>
      {groups.map((group) => (
        <View key={group.id} style={{ marginBottom: 4 }}>
          <Text style={{ fontWeight: 600 }}>{group.heading}</Text>
          {group.lines.length === 0 ? (
            <Text style={styles.small}>{group.empty}</Text>
          ) : (
            group.lines.map((line, i) => <Text key={i}>• {line}</Text>)
          )}
        </View>
      ))}
    </View>
  );
}
