import { describe, expect, it } from "vitest";
import { buildTimeline } from "../build-timeline";
import { csi, twoWeeks } from "../test-support";
import { sampleTimeline } from "./chart-fixtures";
import { csiChart } from "./csi-chart";
import { partnerColors } from "./palette";

const BOTTOM = 212;
const weekLabels = ["Sep 21", "Sep 28", "Oct 5", "Oct 12", "Oct 19", "Oct 26", "Nov 2", "Nov 9"];
const PLOT_HEIGHT = 196;
const scoreY = (score: number) => Math.round((BOTTOM - (score / 21) * PLOT_HEIGHT) * 100) / 100;

describe("csiChart", () => {
  const model = csiChart(sampleTimeline());

  it("draws both partners on one 0–21 axis, with the cut-off as a dashed rule", () => {
    expect(model.yTicks).toEqual([
      { y: BOTTOM, label: "0" },
      { y: scoreY(7), label: "7" },
      { y: scoreY(14), label: "14" },
      { y: scoreY(21), label: "21" },
    ]);
    expect(model.lines.map((l) => [l.stroke, l.label])).toEqual([
      [partnerColors[1], "Alex's CSI-4"],
      [partnerColors[2], "Sam's CSI-4"],
    ]);
    expect(model.rules).toEqual([
      {
        x1: model.plot.x,
        y1: scoreY(13.5),
        x2: model.plot.x + model.plot.width,
        y2: scoreY(13.5),
        stroke: "#000000",
        dashed: true,
        label: "Distress cut-off 13.5",
      },
    ]);
  });

  it("cites the measure on the therapist's side, under the chart", () => {
    expect(model.footnote).toMatch(/never sees the other's scores/);
    expect(model.footnote).toContain("Funk, J. L., & Rogge, R. D. (2007)");
  });

  it("places each score in time across the charts' eight weeks", () => {
    const [first] = model.points;
    // The window starts six weeks before the period (Sep 21): 08:00 on Nov 2 is 6 × 168 + 8 of
    // its 1,344 hours in; Nov 9 is a week (an eighth of the width) later.
    const x = model.plot.x + ((6 * 168 + 8) / 1344) * model.plot.width;
    expect(first).toMatchObject({ cy: scoreY(15), label: "Alex, Nov 2: 15" });
    expect(first!.cx).toBeCloseTo(x, 2);
    const nov9 = model.points.find((p) => p.label === "Alex, Nov 9: 12");
    expect(nov9!.cx).toBeCloseTo(x + model.plot.width / 8, 2);
    expect(model.xTicks.map((t) => t.label)).toEqual(weekLabels);
    expect(model.summary).toBe(
      "Latest CSI-4 (0–21): Alex 12, Sam 17; scores below the cut-off of 13.5 suggest distress.",
    );
  });

  it("shows one partner's lone score as a point, without a line", () => {
    const lone = csiChart(
      buildTimeline({
        ...twoWeeks,
        entries: [csi("s", 2, "2026-11-05T08:00:00Z", 9)],
        assignments: [],
      }),
    );
    expect(lone.lines).toEqual([]);
    expect(lone.points).toHaveLength(1);
    expect(lone.summary).toBe(
      "Latest CSI-4 (0–21): Sam 9; scores below the cut-off of 13.5 suggest distress.",
    );
  });

  it("keeps the axis and the cut-off when there are no scores", () => {
    const empty = csiChart(buildTimeline({ ...twoWeeks, entries: [], assignments: [] }));
    expect(empty.empty).toBe(true);
    expect(empty.rules).toHaveLength(1);
    expect(empty.yTicks).toHaveLength(4);
  });
});
