import { describe, expect, test } from "vitest";
import { resolvePeriod } from "./period";

const facts = (now: string, extra: Partial<Parameters<typeof resolvePeriod>[1]> = {}) => ({
  timeZone: "America/New_York",
  now: new Date(now),
  latestSessionOn: null,
  firstActivityAt: new Date("2026-01-10T15:00:00Z"),
  ...extra,
});

describe("resolvePeriod", () => {
  test("4 weeks end with today where the couple lives, across the March DST change", () => {
    // 02:30 UTC on 23 March is still 22 March in New York.
    const r = resolvePeriod("4w", facts("2026-03-23T02:30:00Z"));
    expect(r).toMatchObject({ fromDate: "2026-02-23", toDate: "2026-03-22", days: 28 });
    expect(r.period.from).toEqual(new Date("2026-02-23T05:00:00Z")); // EST
    expect(r.period.to).toEqual(new Date("2026-03-23T04:00:00Z")); // EDT
  });

  test("since the last session starts on the session's day; with none, the last 4 weeks", () => {
    const now = "2026-03-20T16:00:00Z";
    const since = resolvePeriod(
      "since_last_session",
      facts(now, { latestSessionOn: "2026-03-12" }),
    );
    expect(since).toMatchObject({ fromDate: "2026-03-12", toDate: "2026-03-20", days: 9 });
    expect(since.noSessionYet).toBe(false);
    const none = resolvePeriod("since_last_session", facts(now));
    expect(none).toMatchObject({ fromDate: "2026-02-21", days: 28, noSessionYet: true });
  });

  test("all starts on the day of the first activity; custom dates are whole local days", () => {
    const all = resolvePeriod("all", facts("2026-03-20T16:00:00Z"));
    expect(all.fromDate).toBe("2026-01-10");
    const custom = resolvePeriod(
      { from: "2026-03-01", to: "2026-03-07" },
      facts("2026-03-20T16:00:00Z"),
    );
    expect(custom.period).toEqual({
      from: new Date("2026-03-01T05:00:00Z"),
      to: new Date("2026-03-08T05:00:00Z"),
    });
  });

  test("loads from the previous period less the rules' 14-day look-back, or the charts' eight weeks if earlier", () => {
    const week = resolvePeriod(
      { from: "2026-06-08", to: "2026-06-14" },
      facts("2026-07-01T12:00:00Z"),
    );
    // previous: 1–7 June, look-back to 18 May; the charts' eight weeks start on Monday 20 April
    expect(week.loadFrom).toEqual(new Date("2026-04-20T04:00:00Z"));
    const twelveWeeks = resolvePeriod(
      { from: "2026-04-06", to: "2026-06-28" },
      facts("2026-07-01T12:00:00Z"),
    );
    // previous: the 84 days (by the clock, so an hour off across DST) before; look-back: 14 days more
    expect(twelveWeeks.loadFrom).toEqual(new Date("2025-12-29T04:00:00Z"));
  });
});
