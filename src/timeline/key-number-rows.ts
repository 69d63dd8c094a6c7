import { formatMinutes } from "~/homework/format";
import type { KeyNumbers, PartnerPosition } from "./types";

export interface KeyNumberRow {
  /** stable, for test ids: "hurts", "repair-rate", "csi-1"… */
  id: string;
  label: string;
  current: string;
  previous: string;
  /** "up 3", "down 12 points", "no change"; null when either period has no value */
  change: string | null;
  /** what the number leaves out, in words ("2 times without a unit left out") */
  note?: string;
}

type Kind = "count" | "share" | "minutes" | "score";

const NONE = "—";

function shown(value: number | null, kind: Kind): string {
  if (value === null) return NONE;
  if (kind === "share") return `${Math.round(value * 100)}%`;
  if (kind === "minutes") return formatMinutes(Math.round(value));
  return String(Math.round(value * 10) / 10);
}

function change(current: number | null, previous: number | null, kind: Kind): string | null {
  if (current === null || previous === null) return null;
  const scale = kind === "share" ? 100 : 1;
  // A score may be a mean (closeness 6.5): its change keeps the one decimal it is shown with.
  const delta =
    kind === "score"
      ? Math.round((current - previous) * 10) / 10
      : Math.round(current * scale) - Math.round(previous * scale);
  if (delta === 0) return "no change";
  const direction = delta > 0 ? "up" : "down";
  const size = Math.abs(delta);
  if (kind === "share") return `${direction} ${size} ${size === 1 ? "point" : "points"}`;
  if (kind === "minutes") return `${delta > 0 ? "longer" : "shorter"} by ${formatMinutes(size)}`;
  return `${direction} ${size}`;
}

function row(
  id: string,
  label: string,
  current: number | null,
  previous: number | null,
  kind: Kind,
): KeyNumberRow {
  return {
    id,
    label,
    current: shown(current, kind),
    previous: shown(previous, kind),
    change: change(current, previous, kind),
  };
}

/** Old answers gave a bare number ("2": minutes or hours?); say they are left out of the median. */
function withoutUnitNote(count: number): { note?: string } {
  if (count === 0) return {};
  const times = count === 1 ? "1 time" : `${count} times`;
  return { note: `${times} given without a unit left out` };
}

/** The key numbers of a period beside the previous period of equal length, ready to show. */
export function keyNumberRows(
  numbers: { current: KeyNumbers; previous: KeyNumbers },
  partners: Record<PartnerPosition, string>,
): KeyNumberRow[] {
  const { current: c, previous: p } = numbers;
  const positions: PartnerPosition[] = [1, 2];
  return [
    row("hurts", "Micro-hurts logged", c.hurts, p.hurts, "count"),
    row("repair-rate", "Hurts repaired", c.repairRate, p.repairRate, "share"),
    {
      ...row(
        "time-to-repair",
        "Median time to repair",
        c.medianMinutesToRepair,
        p.medianMinutesToRepair,
        "minutes",
      ),
      ...withoutUnitNote(c.repairTimesWithoutUnit),
    },
    row("raised", "Hurts raised with partner", c.raisedShare, p.raisedShare, "share"),
    row("landed", "Repair scripts that landed", c.landedShare, p.landedShare, "share"),
    row(
      "closeness",
      "Closeness after a repair script (0–10)",
      c.meanCloseness,
      p.meanCloseness,
      "score",
    ),
    row("toward-made", "Bids made: turned toward", c.towardShare.made, p.towardShare.made, "share"),
    row(
      "toward-received",
      "Bids received: turned toward",
      c.towardShare.received,
      p.towardShare.received,
      "share",
    ),
    {
      ...row(
        "turned-toward",
        "Turned toward: bids met toward and connection moments",
        c.turnedToward.total,
        p.turnedToward.total,
        "count",
      ),
      note: `${c.turnedToward.bidsToward} ${c.turnedToward.bidsToward === 1 ? "bid" : "bids"} met toward, ${c.turnedToward.connectionMoments} connection ${c.turnedToward.connectionMoments === 1 ? "moment" : "moments"}`,
    },
    row(
      "connection-closeness",
      "Closeness after a connection moment (0–10)",
      c.connectionCloseness,
      p.connectionCloseness,
      "score",
    ),
    ...positions.map((n) =>
      row(`csi-${n}`, `CSI-4, ${partners[n]} (latest)`, c.csi[n], p.csi[n], "score"),
    ),
    ...positions.map((n) =>
      row(
        `completion-${n}`,
        `Homework done, ${partners[n]}`,
        c.completion[n],
        p.completion[n],
        "share",
      ),
    ),
  ];
}
