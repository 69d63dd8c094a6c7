import { describe, expect, it } from "vitest";
import { keyNumbers } from "./key-numbers";
import { previousPeriod, withLookback, within } from "./period";
import { assignment, bid, csi, entry, hurt } from "./test-support";

const period = { from: new Date("2026-11-09T00:00:00Z"), to: new Date("2026-11-16T00:00:00Z") };
const context = { period, timeZone: "UTC", now: new Date("2026-11-16T09:00:00Z") };

describe("periods", () => {
  it("finds the previous period of equal length, ending where this one starts", () => {
    expect(previousPeriod(period)).toEqual({
      from: new Date("2026-11-02T00:00:00Z"),
      to: new Date("2026-11-09T00:00:00Z"),
    });
    expect(withLookback(period, 14).from).toEqual(new Date("2026-10-26T00:00:00Z"));
  });

  it("includes the start and excludes the end", () => {
    const inside = within(period);
    expect(inside({ occurredAt: period.from })).toBe(true);
    expect(inside({ occurredAt: period.to })).toBe(false);
  });
});

describe("keyNumbers", () => {
  it("sums up the period and ignores what lies outside it", () => {
    const entries = [
      hurt("h1", 1, "2026-11-09T08:00:00Z", { repaired: true, minutesToRepair: 10 }),
      hurt("h2", 2, "2026-11-10T08:00:00Z", { repaired: true, minutesToRepair: 50 }),
      hurt("h3", 2, "2026-11-11T08:00:00Z", { repaired: true, minutesToRepair: 90 }),
      hurt("h4", 1, "2026-11-12T08:00:00Z", { repaired: false }),
      hurt("before", 1, "2026-11-08T23:59:00Z", { repaired: false }),
      bid("b1", 1, "2026-11-09T09:00:00Z", "toward"),
      bid("b2", 2, "2026-11-10T09:00:00Z", "toward", "received"),
      bid("b3", 2, "2026-11-10T10:00:00Z", "toward", "received"),
      bid("b4", 1, "2026-11-11T09:00:00Z", "against"),
      csi("s1", 1, "2026-11-09T07:00:00Z", 15),
      csi("s2", 1, "2026-11-15T07:00:00Z", 12),
      csi("s0", 2, "2026-11-02T07:00:00Z", 18),
      hurt("done", 2, "2026-11-12T09:00:00Z", {}, { assignmentId: "weekly" }),
    ];
    const weekly = assignment("weekly", "weekly", "2026-11-01T09:00:00Z");
    expect(keyNumbers(entries, [weekly], context)).toEqual({
      hurts: 5,
      hurtsAnswered: 5,
      repairRate: 3 / 5,
      medianMinutesToRepair: 50,
      repairTimesWithoutUnit: 0,
      raisedShare: null,
      landedShare: null,
      meanCloseness: null,
      // Alex's own bids: one met, one turned against; the two Sam received, both met.
      towardShare: { made: 1 / 2, received: 1 },
      turnedToward: { bidsToward: 3, connectionMoments: 0, total: 3 },
      connectionCloseness: null,
      csi: { 1: 12, 2: null },
      completion: { 1: 0, 2: 1 },
    });
  });

  it("is zeros and nulls for an empty period", () => {
    expect(keyNumbers([], [], context)).toEqual({
      hurts: 0,
      hurtsAnswered: 0,
      repairRate: null,
      medianMinutesToRepair: null,
      repairTimesWithoutUnit: 0,
      raisedShare: null,
      landedShare: null,
      meanCloseness: null,
      towardShare: { made: null, received: null },
      turnedToward: { bidsToward: 0, connectionMoments: 0, total: 0 },
      connectionCloseness: null,
      csi: { 1: null, 2: null },
      completion: { 1: null, 2: null },
    });
  });

  it("shows how often hurts were raised, and how repair scripts went", () => {
    const entries = [
      hurt("r1", 1, "2026-11-09T08:00:00Z", { raised: true }),
      hurt("r2", 2, "2026-11-10T08:00:00Z", { raised: false }),
      hurt("r3", 2, "2026-11-10T09:00:00Z", { raised: false }),
      entry("s1", "repair_script", 1, "2026-11-11T08:00:00Z", { landed: true, closeness: 8 }),
      entry("s2", "repair_script", 2, "2026-11-11T09:00:00Z", { landed: false, closeness: 3 }),
      // Not yet said whether it landed: counts for closeness, not for the landed share.
      entry("s3", "repair_script", 2, "2026-11-12T09:00:00Z", { closeness: 4 }),
    ];
    expect(keyNumbers(entries, [], context)).toMatchObject({
      raisedShare: 1 / 3,
      landedShare: 1 / 2,
      meanCloseness: 5,
    });
  });
});
