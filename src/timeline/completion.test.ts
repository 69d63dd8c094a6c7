import { describe, expect, it } from "vitest";
import { completionByWeek, completionRates, expectedWithin } from "./completion";
import { assignment, hurt } from "./test-support";
import { weekBuckets } from "./weeks";

const UTC = "UTC";
const period = { from: new Date("2026-11-02T00:00:00Z"), to: new Date("2026-11-16T00:00:00Z") };
const weeks = weekBuckets(period, UTC);
const now = new Date("2026-11-20T12:00:00Z");
const week1 = { first: "2026-11-02", last: "2026-11-08" };
const week2 = { first: "2026-11-09", last: "2026-11-15" };
const WEDNESDAY = "2026-11-04T15:00:00Z";

describe("expectedWithin", () => {
  it("asks a daily assignment for each day from the day it was assigned", () => {
    const daily = assignment("a", "daily", WEDNESDAY);
    expect(expectedWithin(daily, week1, UTC, now)).toBe(5);
    expect(expectedWithin(daily, week2, UTC, now)).toBe(7);
  });

  it("stops at the end date and at today", () => {
    const until = assignment("a", "daily", WEDNESDAY, { untilOn: "2026-11-10" });
    expect(expectedWithin(until, week2, UTC, now)).toBe(2);
    const daily = assignment("a", "daily", WEDNESDAY);
    expect(expectedWithin(daily, week2, UTC, new Date("2026-11-11T12:00:00Z"))).toBe(3);
    expect(expectedWithin(daily, week1, UTC, new Date("2026-11-01T12:00:00Z"))).toBe(0);
  });

  it("asks a weekly assignment once per week begun, a one-off once in the week assigned", () => {
    const weekly = assignment("a", "weekly", WEDNESDAY);
    expect(expectedWithin(weekly, week1, UTC, now)).toBe(1);
    expect(expectedWithin(weekly, { first: "2026-11-02", last: "2026-11-15" }, UTC, now)).toBe(2);
    const once = assignment("a", "once", WEDNESDAY);
    expect(expectedWithin(once, week1, UTC, now)).toBe(1);
    expect(expectedWithin(once, week2, UTC, now)).toBe(0);
  });

  it("has no number for 'whenever' or for an assignment that is not active", () => {
    expect(expectedWithin(assignment("a", "whenever", WEDNESDAY), week1, UTC, now)).toBeNull();
    const paused = assignment("a", "daily", WEDNESDAY, { status: "paused" });
    expect(expectedWithin(paused, week1, UTC, now)).toBeNull();
  });

  it("counts days on the couple's calendar", () => {
    // 23:30 on Tuesday 3 November in New York is already Wednesday in UTC.
    const daily = assignment("a", "daily", "2026-11-04T04:30:00Z");
    expect(expectedWithin(daily, week1, "America/New_York", now)).toBe(6);
    expect(expectedWithin(daily, week1, UTC, now)).toBe(5);
  });
});

describe("completionByWeek", () => {
  const assignments = [
    assignment("daily", "daily", WEDNESDAY, { partnerPositions: [1] }),
    assignment("weekly", "weekly", WEDNESDAY),
  ];
  const entries = [
    hurt("e1", 1, "2026-11-04T20:00:00Z", {}, { assignmentId: "daily" }),
    hurt("e2", 1, "2026-11-05T20:00:00Z", {}, { assignmentId: "daily" }),
    hurt("e3", 2, "2026-11-06T20:00:00Z", {}, { assignmentId: "weekly" }),
    hurt("e4", 2, "2026-11-10T20:00:00Z", {}, { assignmentId: "gone" }),
    hurt("e5", 2, "2026-11-11T20:00:00Z"),
  ];

  it("counts entries against each partner's assignments and what was asked of them", () => {
    const rows = completionByWeek(entries, assignments, weeks, { period, timeZone: UTC, now });
    expect(rows.map((row) => row.byPartner)).toEqual([
      { 1: { done: 2, expected: 6 }, 2: { done: 1, expected: 1 } },
      { 1: { done: 0, expected: 8 }, 2: { done: 0, expected: 1 } },
    ]);
  });

  it("asks nothing (null) of a partner with no assignment", () => {
    const rows = completionByWeek([], [assignments[0]!], weeks, { period, timeZone: UTC, now });
    expect(rows[0]!.byPartner[2]).toEqual({ done: 0, expected: null });
  });

  it("asks only for the days of a partial week inside the period", () => {
    const partial = {
      from: new Date("2026-11-05T00:00:00Z"),
      to: new Date("2026-11-07T00:00:00Z"),
    };
    const rows = completionByWeek([], [assignments[0]!], weekBuckets(partial, UTC), {
      period: partial,
      timeZone: UTC,
      now,
    });
    expect(rows.map((row) => row.byPartner[1].expected)).toEqual([2]);
  });
});

describe("completionRates", () => {
  it("caps each assignment at what it asked, so extras do not hide a gap", () => {
    const assignments = [
      assignment("daily", "daily", "2026-11-02T08:00:00Z", { partnerPositions: [1] }),
      assignment("weekly", "weekly", "2026-11-02T08:00:00Z", { partnerPositions: [1] }),
    ];
    const daily = Array.from({ length: 7 }, (_, i) =>
      hurt(`d${i}`, 1, `2026-11-0${i + 2}T20:00:00Z`, {}, { assignmentId: "daily" }),
    );
    const weekly = Array.from({ length: 5 }, (_, i) =>
      hurt(`w${i}`, 1, `2026-11-0${i + 2}T21:00:00Z`, {}, { assignmentId: "weekly" }),
    );
    const rates = completionRates([...daily, ...weekly], assignments, {
      period,
      timeZone: UTC,
      now,
    });
    expect(rates).toEqual({ 1: (7 + 2) / (14 + 2), 2: null });
  });

  it("asks nothing in the period of a one-off assigned before it", () => {
    const once = assignment("once", "once", "2026-10-20T08:00:00Z");
    const done = hurt("o", 1, "2026-11-03T20:00:00Z", {}, { assignmentId: "once" });
    expect(completionRates([done], [once], { period, timeZone: UTC, now })).toEqual({
      1: null,
      2: null,
    });
  });
});
