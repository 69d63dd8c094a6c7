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
  const delta = Math.round(current * scale) - Math.round(previous * scale);
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
    row(
      "time-to-repair",
      "Median time to repair",
      c.medianMinutesToRepair,
      p.medianMinutesToRepair,
      "minutes",
    ),
    row("toward-made", "Bids made: turned toward", c.towardShare.made, p.towardShare.made, "share"),
    row(
      "toward-received",
      "Bids received: turned toward",
      c.towardShare.received,
      p.towardShare.received,
      "share",
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
