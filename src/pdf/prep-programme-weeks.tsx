import { Text } from "@react-pdf/renderer";
import type { SessionPrep } from "~/prep/session-prep-types";
import { programmeWeekLines } from "~/timeline/programme-weeks";
import { styles } from "./styles";

/** The programme weeks the charts draw as bands, in words: skipped weeks are named here only. */
export function PrepProgrammeWeeks({ prep }: { prep: SessionPrep }) {
  const { programmeWeeks, dateStyle } = prep.timeline;
  if (programmeWeeks.length === 0) return null;
  const runTitle = programmeWeeks.at(-1)?.runTitle ?? "Programme";
  const lines = programmeWeekLines(programmeWeeks, dateStyle).map((line) => line.text);
  return (
    <Text style={[styles.small, { marginBottom: 6 }]}>
      <Text style={styles.strong}>Programme weeks ({runTitle}), as bands above each chart: </Text>
      {lines.join("; ")}.
    </Text>
  );
}
