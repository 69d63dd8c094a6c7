import { describe, expect, it } from "vitest";
import { bidsChart } from "./bids-chart";
import { sampleTimeline } from "./chart-fixtures";
import { completionChart } from "./completion-chart";
import { cyclesChart } from "./cycles-chart";
import { hurtsChart } from "./hurts-chart";
import { bidColors, categoryColors, partnerColors, partnerLightColors } from "./palette";
import { repairChart } from "./repair-chart";

// The default 640 × 240 chart has its plot from y 16 to y 212: 196 units tall.
const PLOT_HEIGHT = 196;
const BOTTOM = 212;
const timeline = sampleTimeline();

describe("hurtsChart", () => {
  const model = hurtsChart(timeline);

  it("stacks each week's hurts by category, heights proportional to the counts", () => {
    // Week 1: 4 phone, 1 tone (5 on a 0–5 axis); week 2: 1 tone.
    expect(model.bars.map((b) => [b.fill, b.height])).toEqual([
      [categoryColors.phone, (4 / 5) * PLOT_HEIGHT],
      [categoryColors.tone, (1 / 5) * PLOT_HEIGHT],
      [categoryColors.tone, (1 / 5) * PLOT_HEIGHT],
    ]);
    const [phone, tone] = model.bars;
    expect(phone!.y + phone!.height).toBe(BOTTOM);
    expect(tone!.y + tone!.height).toBeCloseTo(phone!.y);
    expect(tone!.label).toBe("Week of Nov 2: Tone 1");
  });

  it("draws mean intensity as points and a line on a 0–10 axis on the right", () => {
    expect(model.points.map((p) => p.cy)).toEqual([
      BOTTOM - 0.56 * PLOT_HEIGHT,
      BOTTOM - 0.2 * PLOT_HEIGHT,
    ]);
    expect(model.points[0]!.label).toBe("Week of Nov 2: mean intensity 5.6");
    expect(model.lines).toHaveLength(1);
    expect(model.lines[0]!.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(model.yTicksRight?.map((t) => t.label)).toEqual(["0", "2", "4", "6", "8", "10"]);
    expect(model.yTicks.map((t) => t.label)).toEqual(["0", "1", "2", "3", "4", "5"]);
  });

  it("lists only the categories logged, and sums up in a sentence", () => {
    expect(model.legend.map((l) => l.label)).toEqual([
      "Phone or distraction",
      "Tone",
      "Mean intensity (0–10, right axis)",
      "This period",
    ]);
    expect(model.summary).toBe(
      "6 micro-hurts in this period, most often “Phone or distraction” (4); mean intensity 5.0 of 10.",
    );
  });
});

describe("repairChart", () => {
  const model = repairChart(timeline);

  it("draws each week's repaired share with the median time to repair above it", () => {
    expect(model.bars.map((b) => b.height)).toEqual([0.8 * PLOT_HEIGHT, 0]);
    expect(model.bars[0]!.label).toBe("Week of Nov 2: 4 of 5 repaired (80%), median 2 h to repair");
    expect(model.annotations).toEqual([
      { x: expect.any(Number), y: expect.any(Number), text: "2 h", anchor: "middle" },
    ]);
    expect(model.annotations?.[0]?.y).toBeLessThan(model.bars[0]!.y);
    expect(model.yTicks.map((t) => t.label)).toEqual(["0%", "25%", "50%", "75%", "100%"]);
    expect(model.summary).toBe("4 of 6 logged hurts repaired (67%); median time to repair 2 h.");
  });
});

describe("bidsChart", () => {
  it("stacks toward, away and against per week", () => {
    const model = bidsChart(timeline);
    expect(model.bars.map((b) => [b.fill, Number(b.height.toFixed(2))])).toEqual([
      [bidColors.toward, 130.67],
      [bidColors.away, 65.33],
      [bidColors.against, 65.33],
    ]);
    expect(model.summary).toBe(
      "4 bids: 2 turned toward (50%), 1 away, 1 against. Turned toward: 2 of 3 made, 0 of 1 received.",
    );
    expect(model.footnote).toMatch(
      /log missed bids more often .* not comparable with published rates/,
    );
    expect(model.legend.map((l) => l.label)).toEqual([
      "Turned toward",
      "Turned away",
      "Turned against",
      "This period",
    ]);
  });
});

describe("cyclesChart", () => {
  it("groups each week's bars by partner and role, side by side", () => {
    const model = cyclesChart(timeline);
    expect(model.bars.map((b) => [b.fill, b.height])).toEqual([
      [partnerColors[1], PLOT_HEIGHT],
      [partnerLightColors[2], PLOT_HEIGHT],
      [partnerColors[1], PLOT_HEIGHT],
    ]);
    const [alex, sam] = model.bars;
    expect(alex!.x + alex!.width).toBeLessThan(sam!.x);
    expect(alex!.width).toBe(sam!.width);
    expect(model.legend.map((l) => l.label)).toEqual([
      "Alex pursued",
      "Alex withdrew",
      "Sam pursued",
      "Sam withdrew",
      "This period",
    ]);
    expect(model.summary).toBe(
      "Alex pursued in 2 and withdrew in 0 of 2 cycle maps; Sam pursued in 0 and withdrew in 1 of 1 cycle map.",
    );
  });
});

describe("completionChart", () => {
  it("shows done of asked per partner per week, up to 100%, and nothing where nothing was asked", () => {
    const model = completionChart(timeline);
    // Assigned on Sunday Nov 1, so the week of Oct 26 (before the period) asked once too.
    expect(model.bars.map((b) => [b.fill, b.height])).toEqual([
      [partnerColors[1], 0],
      [partnerColors[1], PLOT_HEIGHT],
      [partnerColors[1], 0],
    ]);
    expect(model.bars[0]!.label).toBe("Week of Oct 26: Alex 0 done, 1 asked");
    expect(model.bars[1]!.label).toBe("Week of Nov 2: Alex 2 done, 1 asked");
    expect(model.summary).toBe("Homework done of what was asked: Alex 100%.");
  });
});
