import type { CoupleTimeline } from "./types";

/** The positive work in lines of text, written once for the timeline page and the prep PDF. */
export interface PositiveGroup {
  id: "rituals" | "small-wins" | "reflections";
  heading: string;
  lines: string[];
  /** said when there are no lines */
  empty: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function positiveGroups(
  timeline: Pick<CoupleTimeline, "positive" | "partners">,
  shortDay: (instant: Date) => string,
): PositiveGroup[] {
  const { positive, partners } = timeline;
  return [
    {
      id: "rituals",
      heading: "Rituals kept",
      lines: positive.rituals.map((r) => `${partners[r.position]} · ${r.label}: ${r.text}`),
      empty: "No ritual ticks yet.",
    },
    {
      id: "small-wins",
      heading: "Small wins",
      lines: positive.smallWins.map(
        (w) =>
          `${w.label}: ${plural(w.steps[1], "step", "steps")} by ${partners[1]}, ${plural(w.steps[2], "step", "steps")} by ${partners[2]}`,
      ),
      empty: "No small-win steps in this period.",
    },
    {
      id: "reflections",
      heading: "Reflections",
      lines: positive.reflections.map(
        (r) => `${shortDay(r.at)} · ${partners[r.position]} · ${r.summary}`,
      ),
      empty: "No reflections in this period.",
    },
  ];
}
