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

function HomeworkRow({ homework }: { homework: PrepHomework }) {
  return (
    <View
      wrap={false}
      style={{
        flexDirection: "row",
        paddingVertical: 3,
        borderBottomWidth: 1,
        borderBottomColor: colors.rule,
      }}
    >
      <Text style={{ width: "45%" }}>
        {homework.title}{" "}
        <Text style={styles.small}>({cadenceWording[homework.cadence].brief})</Text>
      </Text>
      <Text style={{ width: "55%" }}>{homework.partners.map(progress).join(" · ")}</Text>
    </View>
  );
}

/** Open homework with what each partner did in the period; the heading moves with its first row. */
export function PrepOpenHomework({ prep }: { prep: SessionPrep }) {
  const [first, ...rest] = prep.homework;
  return (
    <View style={styles.section}>
      <View wrap={false}>
        <Text style={styles.h2}>Open homework</Text>
        {first ? (
          <HomeworkRow homework={first} />
        ) : (
          <Text style={styles.muted}>No open homework.</Text>
        )}
      </View>
      {rest.map((h) => (
        <HomeworkRow key={h.id} homework={h} />
      ))}
    </View>
  );
}

/**
 * The notes from the last session, on page 1: what the therapist said they would pick up. Long
 * notes may run on, but the heading keeps at least a few lines of them beside it.
 */
export function PrepLastNotes({ prep }: { prep: SessionPrep }) {
  const { lastSession } = prep;
  return (
    <View style={styles.section}>
      <Text style={styles.h2} minPresenceAhead={40}>
        {lastSession
          ? `Your notes from the last session (${prepDates(prep).calendarDate(lastSession.sessionOn)})`
          : "Your notes from the last session"}
      </Text>
      <Text style={lastSession?.notes ? {} : styles.muted}>
        {lastSession
          ? lastSession.notes || "No notes were written for that session."
          : "No session recorded yet."}
      </Text>
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
