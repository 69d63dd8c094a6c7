import { describe, expect, it } from "vitest";
import {
  dueWeeks,
  extendCurrent,
  isOver,
  nextMonday,
  pausedDays,
  planWeeks,
  programmeToday,
  resumeShift,
  type ScheduledWeek,
  skipWeek,
  stopWeeks,
  weekBeginsAt,
  weekOn,
} from "./programme-schedule";

const HOUR = 60 * 60 * 1000;

/** Apply changes the way the service writes them. */
function apply(weeks: ScheduledWeek[], changes: Partial<ScheduledWeek>[] | null): ScheduledWeek[] {
  if (!changes) throw new Error("refused");
  return weeks.map((w) => ({ ...w, ...changes.find((c) => c.weekNumber === w.weekNumber) }));
}

function assigned(weeks: ScheduledWeek[], upTo: number): ScheduledWeek[] {
  return weeks.map((w) => (w.weekNumber <= upTo ? { ...w, status: "assigned" } : w));
}

describe("planning weeks", () => {
  it("lays six weeks back to back from the chosen day, even mid-week", () => {
    // 2026-11-19 is a Thursday: weeks run Thursday to Wednesday.
    const weeks = planWeeks("2026-11-19", 6);
    expect(weeks.map((w) => [w.startsOn, w.endsOn])).toEqual([
      ["2026-11-19", "2026-11-25"],
      ["2026-11-26", "2026-12-02"],
      ["2026-12-03", "2026-12-09"],
      ["2026-12-10", "2026-12-16"],
      ["2026-12-17", "2026-12-23"],
      ["2026-12-24", "2026-12-30"],
    ]);
  });

  it("answers which week a date is in, and none before or after", () => {
    const weeks = planWeeks("2026-11-19", 6);
    expect(weekOn(weeks, "2026-11-18")).toBeNull();
    expect(weekOn(weeks, "2026-11-19")?.weekNumber).toBe(1);
    expect(weekOn(weeks, "2026-11-25")?.weekNumber).toBe(1);
    expect(weekOn(weeks, "2026-11-26")?.weekNumber).toBe(2);
    expect(weekOn(weeks, "2026-12-30")?.weekNumber).toBe(6);
    expect(weekOn(weeks, "2026-12-31")).toBeNull();
  });

  it("defaults to the next Monday, or today on a Monday", () => {
    expect(nextMonday("2026-11-30")).toBe("2026-11-30");
    expect(nextMonday("2026-12-01")).toBe("2026-12-07");
    expect(nextMonday("2026-12-06")).toBe("2026-12-07");
  });
});

describe("time zones and DST", () => {
  it("a week begins at the couple's midnight: Auckland is a day ahead of Los Angeles", () => {
    const instant = new Date("2026-11-19T02:00:00Z");
    expect(programmeToday(instant, "Pacific/Auckland")).toBe("2026-11-19");
    expect(programmeToday(instant, "America/Los_Angeles")).toBe("2026-11-18");
    const weeks = planWeeks("2026-11-19", 6);
    expect(dueWeeks(weeks, programmeToday(instant, "Pacific/Auckland"))).toHaveLength(1);
    expect(dueWeeks(weeks, programmeToday(instant, "America/Los_Angeles"))).toHaveLength(0);
  });

  it("a week spanning a DST change still starts at local midnight (167 or 169 hours apart)", () => {
    // Los Angeles falls back on 2026-11-01; Auckland springs forward on 2026-09-27.
    const la = planWeeks("2026-10-26", 2);
    const laGap =
      weekBeginsAt(la[1]!, "America/Los_Angeles").getTime() -
      weekBeginsAt(la[0]!, "America/Los_Angeles").getTime();
    expect(laGap).toBe(169 * HOUR);
    expect(weekBeginsAt(la[1]!, "America/Los_Angeles").toISOString()).toBe(
      "2026-11-02T08:00:00.000Z",
    );
    const nz = planWeeks("2026-09-21", 2);
    const nzGap =
      weekBeginsAt(nz[1]!, "Pacific/Auckland").getTime() -
      weekBeginsAt(nz[0]!, "Pacific/Auckland").getTime();
    expect(nzGap).toBe(167 * HOUR);
  });

  it("counts paused days on the couple's calendar, not in 24-hour steps", () => {
    // 23:30 before the clocks go back to 00:30 eight days later: eight local days.
    const paused = new Date("2026-10-28T06:30:00Z"); // 23:30 PDT on 27 Oct
    const resumed = new Date("2026-11-04T08:30:00Z"); // 00:30 PST on 4 Nov
    expect(pausedDays(paused, resumed, "America/Los_Angeles")).toBe(8);
    expect(pausedDays(paused, paused, "America/Los_Angeles")).toBe(0);
  });
});

describe("changing a running programme", () => {
  const start = planWeeks("2026-11-02", 6);

  it("resuming moves unbegun weeks later and lengthens the week in hand", () => {
    const weeks = assigned(start, 2);
    const after = apply(weeks, resumeShift(weeks, "2026-11-12", 3));
    expect(after[1]).toMatchObject({ startsOn: "2026-11-09", endsOn: "2026-11-18" });
    expect(after[2]).toMatchObject({ startsOn: "2026-11-19", endsOn: "2026-11-25" });
    expect(after[5]).toMatchObject({ startsOn: "2026-12-10", endsOn: "2026-12-16" });
    expect(after[0]).toEqual(weeks[0]);
    expect(resumeShift(weeks, "2026-11-12", 0)).toEqual([]);
  });

  it("extending adds seven days to the current week and moves the rest", () => {
    const weeks = assigned(start, 1);
    const after = apply(weeks, extendCurrent(weeks, "2026-11-05"));
    expect(after[0]).toMatchObject({ startsOn: "2026-11-02", endsOn: "2026-11-15" });
    expect(after[1]).toMatchObject({ startsOn: "2026-11-16", endsOn: "2026-11-22" });
    expect(weekOn(after, "2026-11-12")?.weekNumber).toBe(1);
    expect(extendCurrent(weeks, "2026-10-30")).toBeNull();
  });

  it("skipping the next week moves the following weeks earlier, leaving no gap", () => {
    const weeks = assigned(start, 1);
    const after = apply(weeks, skipWeek(weeks, "2026-11-04", "next"));
    expect(after[1]).toMatchObject({ status: "skipped", startsOn: "2026-11-09" });
    expect(after[2]).toMatchObject({ startsOn: "2026-11-09", endsOn: "2026-11-15" });
    expect(after[5]).toMatchObject({ startsOn: "2026-11-30", endsOn: "2026-12-06" });
    expect(weekOn(after, "2026-11-10")?.weekNumber).toBe(3);
  });

  it("skipping the current week starts the next one today", () => {
    const weeks = assigned(start, 2);
    const after = apply(weeks, skipWeek(weeks, "2026-11-11", "current"));
    expect(after[1]).toMatchObject({ status: "skipped", endsOn: "2026-11-10" });
    expect(after[2]).toMatchObject({ startsOn: "2026-11-11", endsOn: "2026-11-17" });
    expect(dueWeeks(after, "2026-11-11").map((w) => w.weekNumber)).toEqual([3]);
    // Skipped on its first day, a week keeps its dates for the record.
    const firstDay = apply(weeks, skipWeek(weeks, "2026-11-09", "current"));
    expect(firstDay[1]).toMatchObject({ status: "skipped", endsOn: "2026-11-15" });
    expect(firstDay[2]).toMatchObject({ startsOn: "2026-11-09" });
  });

  it("refuses to skip when there is no such week", () => {
    const done = assigned(start, 6);
    expect(skipWeek(done, "2026-12-20", "next")).toBeNull();
    expect(skipWeek(start, "2026-10-30", "current")).toBeNull();
  });

  it("stopping cancels only weeks not yet begun; a run is over after its last week", () => {
    const weeks = assigned(start, 3);
    const after = apply(weeks, stopWeeks(weeks, "2026-11-18"));
    expect(after[2]).toMatchObject({ startsOn: "2026-11-16", endsOn: "2026-11-18" });
    expect(after.map((w) => w.status)).toEqual([
      "assigned",
      "assigned",
      "assigned",
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    const all = assigned(start, 6);
    expect(isOver(all, "2026-12-13")).toBe(false);
    expect(isOver(all, "2026-12-14")).toBe(true);
    expect(isOver(weeks, "2027-01-01")).toBe(false);
  });
});
