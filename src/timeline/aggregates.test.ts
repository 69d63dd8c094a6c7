import { describe, expect, it } from "vitest";
import {
  bidsByWeek,
  csiPoints,
  cyclesByWeek,
  hurtsByWeek,
  mean,
  median,
  repairByWeek,
} from "./aggregates";
import { bid, csi, cycle, hurt } from "./test-support";
import { weekBuckets } from "./weeks";

const LONDON = "Europe/London";
// Two whole weeks in November, when London is on GMT: Mon 2 – Sun 8 and Mon 9 – Sun 15.
const weeks = weekBuckets(
  { from: new Date("2026-11-02T00:00:00Z"), to: new Date("2026-11-16T00:00:00Z") },
  LONDON,
);

const hurts = [
  hurt("h1", 1, "2026-11-02T09:00:00Z", {
    category: "phone",
    intensity: 4,
    repaired: true,
    minutesToRepair: 30,
  }),
  hurt("h2", 2, "2026-11-03T20:00:00Z", {
    category: "tone",
    intensity: 7,
    repaired: true,
    minutesToRepair: 120,
  }),
  hurt("h3", 1, "2026-11-08T23:59:00Z", { category: "phone", intensity: 6, repaired: false }),
  hurt("h4", 1, "2026-11-09T00:00:00Z", { category: "tone", intensity: undefined, repaired: true }),
];

describe("mean and median", () => {
  it("are null for nothing, and the middle (or middle pair's mean) otherwise", () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(mean([4, 7, 6])).toBeCloseTo(17 / 3);
    expect(median([120, 30, 60])).toBe(60);
    expect(median([120, 30])).toBe(75);
  });
});

describe("hurtsByWeek", () => {
  it("counts each week's hurts by category with their mean intensity", () => {
    const rows = hurtsByWeek(
      [...hurts, bid("b1", 1, "2026-11-02T10:00:00Z", "away")],
      weeks,
      LONDON,
    );
    expect(rows.map(({ label, byCategory, total }) => ({ label, byCategory, total }))).toEqual([
      { label: "2026-11-02", byCategory: { phone: 2, tone: 1 }, total: 3 },
      { label: "2026-11-09", byCategory: { tone: 1 }, total: 1 },
    ]);
    expect(rows[0]!.meanIntensity).toBeCloseTo(17 / 3);
    // h4 gave no intensity: the week has a hurt but no mean to show.
    expect(rows[1]!.meanIntensity).toBeNull();
  });

  it("keeps empty weeks as zero rows", () => {
    expect(hurtsByWeek([], weeks, LONDON)).toEqual([
      {
        start: weeks[0]!.start,
        label: "2026-11-02",
        byCategory: {},
        total: 0,
        meanIntensity: null,
      },
      {
        start: weeks[1]!.start,
        label: "2026-11-09",
        byCategory: {},
        total: 0,
        meanIntensity: null,
      },
    ]);
  });

  it("counts Sunday 23:30 in New York in the week that is ending there", () => {
    const ny = "America/New_York";
    const nyWeeks = weekBuckets(
      { from: new Date("2026-11-09T05:00:00Z"), to: new Date("2026-11-23T05:00:00Z") },
      ny,
    );
    const rows = hurtsByWeek([hurt("late", 1, "2026-11-16T04:30:00Z")], nyWeeks, ny);
    expect(rows.map((row) => row.total)).toEqual([1, 0]);
  });
});

describe("repairByWeek", () => {
  it("gives each week's repaired share and median minutes over the repairs that say how long", () => {
    expect(repairByWeek(hurts, weeks, LONDON).map(({ start: _, ...row }) => row)).toEqual([
      {
        label: "2026-11-02",
        logged: 3,
        answered: 3,
        repaired: 2,
        share: 2 / 3,
        medianMinutesToRepair: 75,
        timesWithoutUnit: 0,
      },
      {
        label: "2026-11-09",
        logged: 1,
        answered: 1,
        repaired: 1,
        share: 1,
        medianMinutesToRepair: null,
        timesWithoutUnit: 0,
      },
    ]);
  });

  it("leaves repair times given without a unit out of the median, and counts them", () => {
    const withBare = [
      ...hurts,
      hurt("old", 1, "2026-11-04T09:00:00Z", { repaired: true, repairTimeWithoutUnit: true }),
    ];
    const [first] = repairByWeek(withBare, weeks, LONDON);
    expect(first).toMatchObject({
      logged: 4,
      answered: 4,
      repaired: 3,
      medianMinutesToRepair: 75,
      timesWithoutUnit: 1,
    });
  });

  it("leaves a quick log that does not say yet out of the share, rather than counting it unrepaired", () => {
    const withQuick = [...hurts, hurt("quick", 1, "2026-11-04T09:00:00Z", { repaired: undefined })];
    const [first] = repairByWeek(withQuick, weeks, LONDON);
    expect(first).toMatchObject({ logged: 4, answered: 3, repaired: 2, share: 2 / 3 });
  });

  it("has no share in a week with no hurts", () => {
    const [first] = repairByWeek([], weeks, LONDON);
    expect(first).toMatchObject({
      logged: 0,
      answered: 0,
      repaired: 0,
      share: null,
      medianMinutesToRepair: null,
    });
  });
});

describe("bidsByWeek", () => {
  it("counts turned toward, away and against per week, and apart for bids made and received", () => {
    const bids = [
      bid("b1", 1, "2026-11-02T10:00:00Z", "toward"),
      bid("b2", 2, "2026-11-04T10:00:00Z", "toward", "received"),
      bid("b3", 2, "2026-11-05T10:00:00Z", "against", "received"),
      bid("b4", 1, "2026-11-12T10:00:00Z", "away"),
    ];
    expect(
      bidsByWeek([...bids, ...hurts], weeks, LONDON).map(({ start: _, ...row }) => row),
    ).toEqual([
      {
        label: "2026-11-02",
        toward: 2,
        away: 0,
        against: 1,
        made: { toward: 1, away: 0, against: 0 },
        received: { toward: 1, away: 0, against: 1 },
      },
      {
        label: "2026-11-09",
        toward: 0,
        away: 1,
        against: 0,
        made: { toward: 0, away: 1, against: 0 },
        received: { toward: 0, away: 0, against: 0 },
      },
    ]);
  });
});

describe("cyclesByWeek", () => {
  it("counts each partner's pursue and withdraw maps per week", () => {
    const maps = [
      cycle("c1", 1, "2026-11-03T20:00:00Z", "pursue"),
      cycle("c2", 2, "2026-11-03T21:00:00Z", "withdraw"),
      cycle("c3", 1, "2026-11-05T20:00:00Z", "pursue"),
      cycle("c4", 1, "2026-11-10T20:00:00Z", "withdraw"),
    ];
    expect(cyclesByWeek(maps, weeks, LONDON).map((row) => row.roles)).toEqual([
      { 1: { pursue: 2, withdraw: 0 }, 2: { pursue: 0, withdraw: 1 } },
      { 1: { pursue: 0, withdraw: 1 }, 2: { pursue: 0, withdraw: 0 } },
    ]);
  });

  it("leaves the other partner at zero when only one partner maps", () => {
    const rows = cyclesByWeek([cycle("c1", 2, "2026-11-03T20:00:00Z", "pursue")], weeks, LONDON);
    expect(rows[0]!.roles[1]).toEqual({ pursue: 0, withdraw: 0 });
    expect(rows[0]!.roles[2]).toEqual({ pursue: 1, withdraw: 0 });
  });
});

describe("csiPoints", () => {
  it("lists every CSI-4 score oldest first, ties by entry id", () => {
    const points = csiPoints([
      csi("s3", 2, "2026-11-09T08:00:00Z", 12),
      csi("s2", 1, "2026-11-02T08:00:00Z", 16),
      csi("s1", 2, "2026-11-02T08:00:00Z", 15),
      hurts[0]!,
    ]);
    expect(points).toEqual([
      { position: 2, at: new Date("2026-11-02T08:00:00Z"), score: 15, entryId: "s1" },
      { position: 1, at: new Date("2026-11-02T08:00:00Z"), score: 16, entryId: "s2" },
      { position: 2, at: new Date("2026-11-09T08:00:00Z"), score: 12, entryId: "s3" },
    ]);
  });
});
