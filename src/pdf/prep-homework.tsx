import { Text, View } from "@react-pdf/renderer";
import { cadenceWording } from "~/domain/homework";
import { prepDates } from "./pdf-format";
import { PrivateMark } from "./prep-highlights";
import type { PrepHomework, SessionPrep } from "~/prep/session-prep-types";
import { colors, styles } from "./styles";

function progress(p: PrepHomework["partners"][number]): string {
  const entries = p.done === 1 ? "1 entry" : `${p.done} entries`;
  return p.expected ? `${p.name}: ${entries} of ${p.expected} asked` : `${p.name}: ${entries}`;
}

/** Open homework with what each partner did in the period, then the last session's notes. */
export function PrepHomeworkAndNotes({ prep }: { prep: SessionPrep }) {
  return (
    <View style={styles.section}>
      <Text style={styles.h2} minPresenceAhead={40}>
        Open homework
      </Text>
      {prep.homework.length === 0 ? (
        <Text style={styles.muted}>No open homework.</Text>
      ) : (
        prep.homework.map((h) => (
          <View
            key={h.id}
            wrap={false}
            style={{
              flexDirection: "row",
              paddingVertical: 3,
              borderBottomWidth: 1,
              borderBottomColor: colors.rule,
            }}
          >
            <Text style={{ width: "45%" }}>
              {h.title} <Text style={styles.small}>({cadenceWording[h.cadence].brief})</Text>
            </Text>
            <Text style={{ width: "55%" }}>{h.partners.map(progress).join(" · ")}</Text>
          </View>
        ))
      )}
      <View style={{ marginTop: 12 }}>
        <Text style={styles.h3} minPresenceAhead={30}>
          {prep.lastSession
            ? `Your notes from the last session (${prepDates(prep).calendarDate(prep.lastSession.sessionOn)})`
            : "Your notes from the last session"}
        </Text>
        <Text style={prep.lastSession?.notes ? {} : styles.muted}>
          {prep.lastSession
            ? prep.lastSession.notes || "No notes were written for that session."
            : "No session recorded yet."}
        </Text>
      </View>
    </View>
  );
}

/** Suggested focus, derived from the highlights by the timeline's stated rules. */
export function PrepFocus({ prep }: { prep: SessionPrep }) {
  const { focus } = prep.timeline;
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.h2}>Suggested focus</Text>
      {focus.length === 0 ? (
        <Text style={styles.muted}>Nothing in particular: follow the couple’s lead.</Text>
      ) : (
        focus.map((f, i) => (
          <View key={i} style={{ flexDirection: "row", marginBottom: 4 }}>
            <Text style={{ width: 14 }}>{i + 1}.</Text>
            <View style={{ flex: 1 }}>
              <Text>{f.text}</Text>
              <PrivateMark privateFrom={f.privateFrom} prep={prep} />
            </View>
          </View>
        ))
      )}
    </View>
  );
}
