import { describe, expect, it } from "vitest";
import type { ProgrammeWeekStatus } from "~/domain/programmes";
import { programmeNow } from "./programme-now";
import { addDays } from "./weeks";

const plan = [1, 2, 3, 4, 5, 6].map((n) => ({
  title: `Title ${n}`,
  intention: `Intention ${n}`,
  homework: [],
}));

function weeks(startsOn: string, statuses: Partial<Record<number, ProgrammeWeekStatus>> = {}) {
  return plan.map((_, i) => ({
    weekNumber: i + 1,
    startsOn: addDays(startsOn, 7 * i),
    endsOn: addDays(startsOn, 7 * i + 6),
    status: statuses[i + 1] ?? ("scheduled" as const),
  }));
}

describe("programmeNow", () => {
  it("is the week the day falls in, from its first day to its last", () => {
    const run = { status: "active" as const, plan, weeks: weeks("2026-11-05", { 1: "assigned" }) };
    expect(programmeNow(run, "2026-11-05")).toMatchObject({ weekNumber: 1, weekCount: 6 });
    expect(programmeNow(run, "2026-11-11")).toMatchObject({ weekNumber: 1 });
    // Week 2 begins on its first day even before the worker has assigned it.
    expect(programmeNow(run, "2026-11-12")).toMatchObject({
      weekNumber: 2,
      title: "Title 2",
      intention: "Intention 2",
      upcoming: false,
    });
  });

  it("names week 1 as upcoming before the start, and nothing once the run is over", () => {
    const run = { status: "active" as const, plan, weeks: weeks("2026-11-05") };
    expect(programmeNow(run, "2026-11-01")).toMatchObject({ weekNumber: 1, upcoming: true });
    expect(programmeNow({ ...run, status: "finished" }, "2026-11-20")).toBeNull();
    expect(programmeNow({ ...run, status: "stopped" }, "2026-11-20")).toBeNull();
  });

  it("passes over skipped weeks, and keeps a paused run in the week it was paused in", () => {
    const skipped = weeks("2026-11-05", { 1: "assigned", 2: "skipped" });
    // The engine moves week 3 into week 2's dates when it skips.
    skipped[2] = { ...skipped[2]!, startsOn: "2026-11-12", endsOn: "2026-11-18" };
    const active = { status: "active" as const, plan, weeks: skipped };
    expect(programmeNow(active, "2026-11-13")).toMatchObject({ weekNumber: 3 });
    const paused = {
      status: "paused" as const,
      plan,
      weeks: weeks("2026-11-05", { 1: "assigned", 2: "assigned" }),
    };
    // Three weeks on, week 3's day has come, but nothing starts while paused.
    expect(programmeNow(paused, "2026-11-27")).toMatchObject({ weekNumber: 2, paused: true });
  });
});
