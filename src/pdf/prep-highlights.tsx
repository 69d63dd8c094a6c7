import { Text, View } from "@react-pdf/renderer";
import type { DateFormat } from "~/dates";
import { provenanceNote } from "~/timeline/provenance";
import type { PartnerPosition, TimelineEntry, TimelineHighlight } from "~/timeline/types";
import { attribution, kindTitle, prepDates } from "./pdf-format";
import type { SessionPrep } from "~/prep/session-prep-types";
import { colors, styles } from "./styles";

/**
 * A prep sheet, not the whole timeline: the first highlights in the timeline's own order (urgent,
 * attention, then notes) and the latest entries behind each; the rest are counted.
 */
const HIGHLIGHTS_SHOWN = 10;
const QUOTED_PER_HIGHLIGHT = 3;

const tone = {
  urgent: { label: "Urgent", color: colors.urgent, panel: colors.urgentPanel },
  attention: { label: "Attention", color: colors.attention, panel: colors.attentionPanel },
  info: { label: "Note", color: colors.muted, panel: colors.infoPanel },
} as const;

function QuotedEntry({ entry, dates }: { entry: TimelineEntry; dates: DateFormat }) {
  return (
    <View style={[styles.quote, { borderLeftColor: colors.rule, marginTop: 4 }]} wrap={false}>
      <Text>{entry.quote ? `“${entry.quote}”` : entry.summary || kindTitle(entry.kind)}</Text>
      <Text style={styles.small}>{attribution(entry, dates)}</Text>
    </View>
  );
}

/** "From Alex's private entries": what one partner wrote for the therapist alone, marked. */
export function PrivateMark({
  privateFrom,
  prep,
}: {
  privateFrom: PartnerPosition[];
  prep: SessionPrep;
}) {
  const note = provenanceNote(privateFrom, prep.timeline.partners);
  if (!note) return null;
  return (
    <Text style={[styles.small, { color: colors.private, fontWeight: 600 }]}>Private: {note}</Text>
  );
}

function HighlightBlock({ highlight, prep }: { highlight: TimelineHighlight; prep: SessionPrep }) {
  const byId = new Map([...prep.earlierEntries, ...prep.timeline.entries].map((e) => [e.id, e]));
  const behind = highlight.entryIds.flatMap((id) => byId.get(id) ?? []);
  const quoted = behind.slice(-QUOTED_PER_HIGHLIGHT);
  const t = tone[highlight.severity];
  return (
    <View style={{ marginBottom: 10 }}>
      <View
        wrap={false}
        style={{
          backgroundColor: t.panel,
          padding: 6,
          borderLeftWidth: 3,
          borderLeftColor: t.color,
        }}
      >
        <Text>
          <Text style={{ fontWeight: 700, color: t.color }}>{t.label}: </Text>
          <Text style={styles.strong}>{highlight.text}</Text>
        </Text>
        <PrivateMark privateFrom={highlight.privateFrom} prep={prep} />
        <Text style={styles.small}>Why: {highlight.because}</Text>
      </View>
      {quoted.map((entry) => (
        <QuotedEntry key={entry.id} entry={entry} dates={prepDates(prep)} />
      ))}
      {behind.length > quoted.length ? (
        <Text style={[styles.small, { marginLeft: 14, marginTop: 2 }]}>
          and {behind.length - quoted.length} earlier{" "}
          {behind.length - quoted.length === 1 ? "entry" : "entries"} on the timeline
        </Text>
      ) : null}
    </View>
  );
}

/** The highlights, each with the entries behind it in the partners' own words. */
export function PrepHighlights({ prep }: { prep: SessionPrep }) {
  const { highlights } = prep.timeline;
  const [first, ...rest] = highlights.slice(0, HIGHLIGHTS_SHOWN);
  return (
    <View style={styles.section}>
      {/* The heading moves with the first highlight: it never ends a page alone. */}
      <View wrap={false}>
        <Text style={styles.h2}>What stood out</Text>
        {first ? (
          <HighlightBlock highlight={first} prep={prep} />
        ) : (
          <Text style={styles.muted}>No pattern crossed a highlight threshold in this period.</Text>
        )}
      </View>
      {rest.map((h, i) => (
        <HighlightBlock key={`${h.rule}-${i}`} highlight={h} prep={prep} />
      ))}
      {highlights.length > HIGHLIGHTS_SHOWN ? (
        <Text style={styles.small}>
          {highlights.length - HIGHLIGHTS_SHOWN} more{" "}
          {highlights.length - HIGHLIGHTS_SHOWN === 1 ? "highlight" : "highlights"} of lesser weight
          on the timeline.
        </Text>
      ) : null}
    </View>
  );
}
