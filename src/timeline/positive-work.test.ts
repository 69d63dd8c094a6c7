import { describe, expect, test } from "vitest";
import { positiveWork, ritualStreaks, smallWinProgress, turnedTowardCounts } from "./positive-work";
import { entry } from "./test-support";
import type { EntryMetrics } from "~/homework/types";

const goodbye = { id: "r1", label: "A proper goodbye", rhythm: "daily" as const };
const walk = { id: "r2", label: "Sunday walk", rhythm: "weekly" as const };
const tick = (
  id: string,
  position: 1 | 2,
  day: string,
  rituals: NonNullable<EntryMetrics["ritualsDone"]> = [goodbye],
) =>
  entry(id, "ritual_tracker", position, `${day}T20:00:00Z`, {
    ritualDay: day,
    ritualsDone: rituals,
  });

describe("ritual streaks", () => {
  const context = { timeZone: "UTC", today: "2026-11-30" };

  test("tell each partner's daily ritual as kept days and a run, never as missed ones", () => {
    const days = ["2026-11-24", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];
    const streaks = ritualStreaks(
      [...days.map((d, i) => tick(`a${i}`, 1, d)), tick("b1", 2, "2026-11-30")],
      context,
    );
    expect(streaks.map((s) => [s.position, s.label, s.kept, s.outOf, s.running, s.text])).toEqual([
      [1, "A proper goodbye", 5, 7, 4, "kept 5 of the last 7 days, 4 days running"],
      [2, "A proper goodbye", 1, 7, 1, "kept 1 of the last 7 days"],
    ]);
    for (const s of streaks) expect(s.text).not.toMatch(/miss|broke|fail/i);
  });

  test("count a weekly ritual by Monday-start week, a tick twice in a week once", () => {
    const ticks = ["2026-11-08", "2026-11-15", "2026-11-20", "2026-11-22"].map((d, i) =>
      tick(`w${i}`, 1, d, [walk]),
    );
    const [streak] = ritualStreaks(ticks, context);
    // weeks of 30 Nov (none yet), 23 Nov (none), 16 Nov (two ticks), 9 Nov; 2 Nov is further back
    expect(streak).toMatchObject({
      kept: 2,
      outOf: 4,
      running: 0,
      text: "kept 2 of the last 4 weeks",
    });
    const [running] = ritualStreaks([...ticks, tick("w9", 1, "2026-11-29", [walk])], context);
    expect(running?.text).toBe("kept 3 of the last 4 weeks, 4 weeks running");
  });

  test("use the day the tick was for, in the couple's zone when a tick has none", () => {
    const late = entry("x", "ritual_tracker", 1, "2026-11-29T23:30:00Z", {
      ritualsDone: [goodbye],
    });
    const [inAuckland] = ritualStreaks([late], {
      timeZone: "Pacific/Auckland",
      today: "2026-11-30",
    });
    expect(inAuckland?.running).toBe(1);
    const [inLondon] = ritualStreaks([late], { timeZone: "Europe/London", today: "2026-11-30" });
    expect(inLondon).toMatchObject({ kept: 1, running: 1 });
  });
});

describe("small wins, turned-toward signals and the period's positive work", () => {
  test("count steps per goal and partner, most recent first, under the latest label", () => {
    const step = (id: string, position: 1 | 2, at: string, goal: { id: string; label: string }) =>
      entry(id, "small_win", position, at, { smallWin: goal });
    const progress = smallWinProgress([
      step("s1", 1, "2026-11-20T10:00:00Z", { id: "g1", label: "Cook" }),
      step("s2", 2, "2026-11-22T10:00:00Z", { id: "g1", label: "Cook together" }),
      step("s3", 2, "2026-11-21T10:00:00Z", { id: "g2", label: "Day out" }),
    ]);
    expect(progress.map((p) => [p.label, p.steps[1], p.steps[2]])).toEqual([
      ["Cook together", 1, 1],
      ["Day out", 0, 1],
    ]);
  });

  test("connection moments add to bids met toward, each counted apart too", () => {
    const counts = turnedTowardCounts([
      entry("b1", "bid", 1, "2026-11-20T10:00:00Z", {
        bidResponse: "toward",
        bidDirection: "made",
      }),
      entry("b2", "bid", 2, "2026-11-20T10:00:00Z", { bidResponse: "away", bidDirection: "made" }),
      entry("c1", "connection_moment", 1, "2026-11-21T10:00:00Z", {
        turnedToward: true,
        closeness: 6,
      }),
      entry("c2", "connection_moment", 2, "2026-11-21T10:00:00Z", {
        turnedToward: true,
        closeness: 9,
      }),
    ]);
    expect(counts).toEqual({
      bidsToward: 1,
      connectionMoments: 2,
      total: 3,
      meanConnectionCloseness: 7.5,
    });
  });

  test("lists the period's reflections and keeps ritual runs to the period's end", () => {
    const work = positiveWork(
      [
        entry("r1", "reflection", 1, "2026-11-10T10:00:00Z", { reflectionStage: "start" }),
        entry("r0", "reflection", 2, "2026-10-01T10:00:00Z", { reflectionStage: "start" }),
        tick("t1", 1, "2026-11-13"),
        tick("t2", 1, "2026-11-14"),
        tick("t3", 1, "2026-11-20"),
      ],
      {
        period: { from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-11-15T00:00:00Z") },
        timeZone: "UTC",
        now: new Date("2026-11-30T12:00:00Z"),
      },
    );
    expect(work.reflections.map((r) => [r.entryId, r.stage])).toEqual([["r1", "start"]]);
    expect(work.rituals[0]?.text).toBe("kept 2 of the last 7 days, 2 days running");
  });
});
