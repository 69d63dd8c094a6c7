import { Line, Polygon, Svg, Text, View } from "@react-pdf/renderer";
import type { DateFormat } from "~/dates";
import { prepDates } from "./pdf-format";
import { PrivateMark } from "./prep-highlights";
import type { CycleSide, SessionPrep } from "~/prep/session-prep-types";
import { colors, styles } from "./styles";

function roleLine(side: CycleSide): string {
  if (!side.role) return "No cycle map logged";
  const mostly = side.role === "pursue" ? "Mostly pursued" : "Mostly withdrew";
  const maps = side.maps === 1 ? "1 map" : `${side.maps} maps`;
  return `${mostly} (${maps}: pursued ${side.pursued}, withdrew ${side.withdrew})`;
}

function Part({
  label,
  value,
  quoted = false,
}: {
  label: string;
  value: string | null;
  quoted?: boolean;
}) {
  if (!value) return null;
  return (
    <View style={{ marginTop: 4 }}>
      <Text style={styles.small}>{label}</Text>
      <Text>{quoted ? `“${value}”` : value}</Text>
    </View>
  );
}

function SideBox({ side, dates }: { side: CycleSide; dates: DateFormat }) {
  const accent = side.role === "pursue" ? colors.attention : colors.accent;
  return (
    <View
      style={{
        width: "40%",
        padding: 8,
        borderWidth: 1.5,
        borderColor: side.role ? accent : colors.rule,
        borderRadius: 4,
      }}
    >
      <Text style={styles.h3}>{side.name}</Text>
      <Text style={[styles.small, { color: side.role ? accent : colors.muted }]}>
        {roleLine(side)}
      </Text>
      <Part label="The move" value={side.move} />
      <Part label="What they told themselves" value={side.toldThemselves} quoted />
      <Part label="The softer feeling underneath" value={side.softer} />
      <Part label="What they longed for" value={side.need} />
      <Part label="How it ended" value={side.ending} />
      {side.from ? (
        <Text style={[styles.small, { marginTop: 5 }]}>
          From their map of {dates.moment(side.from.occurredAt)} ·{" "}
          {side.from.visibility === "shared" ? "shared with partner" : "private"}
        </Text>
      ) : null}
    </View>
  );
}

/** Two arrows between the boxes: each partner's move sets off the other's. */
function CycleArrows() {
  const w = 70;
  return (
    <View style={{ width: "20%", alignItems: "center", justifyContent: "center" }}>
      <Text style={[styles.small, { textAlign: "center" }]}>sets off</Text>
      <Svg width={w} height={16} viewBox={`0 0 ${w} 16`}>
        <Line x1={4} y1={8} x2={w - 12} y2={8} stroke={colors.muted} strokeWidth={1.5} />
        <Polygon points={`${w - 12},3 ${w - 2},8 ${w - 12},13`} fill={colors.muted} />
      </Svg>
      <Svg width={w} height={16} viewBox={`0 0 ${w} 16`} style={{ marginTop: 10 }}>
        <Line x1={12} y1={8} x2={w - 4} y2={8} stroke={colors.muted} strokeWidth={1.5} />
        <Polygon points={`12,3 2,8 12,13`} fill={colors.muted} />
      </Svg>
      <Text style={[styles.small, { textAlign: "center" }]}>sets off</Text>
    </View>
  );
}

/** The pursue–withdraw cycle of the period, drawn from the partners' cycle maps. */
export function PrepCycle({ prep }: { prep: SessionPrep }) {
  const [first, second] = prep.cycle;
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.h2}>The cycle this period</Text>
      {first.maps + second.maps === 0 ? (
        <Text style={styles.muted}>No cycle maps were logged in this period.</Text>
      ) : (
        <>
          <Text style={[styles.small, { marginBottom: 6 }]}>
            Each partner’s side from the pursue–withdraw cycle maps they logged: the cycle is the
            problem, not either of them.
          </Text>
          {prep.timeline.cycleLoop ? (
            <View style={{ marginBottom: 6 }}>
              <Text style={styles.strong}>{prep.timeline.cycleLoop.text}</Text>
              <Text style={styles.small}>{prep.timeline.cycleLoop.basis}.</Text>
              <PrivateMark privateFrom={prep.timeline.cycleLoop.privateFrom} prep={prep} />
            </View>
          ) : null}
          <View style={{ flexDirection: "row", alignItems: "stretch" }}>
            <SideBox side={first} dates={prepDates(prep)} />
            <CycleArrows />
            <SideBox side={second} dates={prepDates(prep)} />
          </View>
        </>
      )}
    </View>
  );
}
