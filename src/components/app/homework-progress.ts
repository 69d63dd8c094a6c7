import type { Cadence } from "~/domain/homework";

export interface PartnerProgress {
  name: string;
  entries: number;
  /** entries asked for so far; null when the cadence sets no target ("whenever") */
  expected: number | null;
}

function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** How far one partner has got: "Alex: 3 of 5 days", "Sam: not yet", "Alex: 4 entries". */
export function progressLabel(cadence: Cadence, p: PartnerProgress): string {
  if (cadence === "once") return `${p.name}: ${p.entries > 0 ? "done" : "not yet"}`;
  if (cadence === "whenever" || p.expected === null)
    return `${p.name}: ${count(p.entries, "entry", "entries")}`;
  const unit = cadence === "daily" ? ["day", "days"] : ["week", "weeks"];
  const of = count(p.expected, unit[0]!, unit[1]!);
  if (p.entries > p.expected)
    return `${p.name}: ${count(p.entries, "entry", "entries")} over ${of}`;
  return `${p.name}: ${p.entries} of ${of}`;
}
