import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  groupByWeek,
  localDateOf,
  mondayOf,
  startOfLocalDay,
  weekBuckets,
  weekOf,
} from "./weeks";

const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;

describe("local dates", () => {
  it("reads the calendar date in the couple's zone, not in UTC", () => {
    expect(localDateOf(at("2026-11-16T04:30:00Z"), "America/New_York")).toBe("2026-11-15");
    expect(localDateOf(at("2026-11-15T15:30:00Z"), "Asia/Tokyo")).toBe("2026-11-16");
    expect(localDateOf(at("2026-11-15T15:30:00Z"), "UTC")).toBe("2026-11-15");
  });

  it("steps days and finds the Monday of any date", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(daysBetween("2026-03-01", "2026-02-27")).toBe(-2);
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
    expect(mondayOf("2026-11-22")).toBe("2026-11-16");
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
  });

  it("starts a day at local midnight on either side of a DST change", () => {
    expect(startOfLocalDay("2026-03-08", "America/New_York")).toEqual(at("2026-03-08T05:00:00Z"));
    expect(startOfLocalDay("2026-03-09", "America/New_York")).toEqual(at("2026-03-09T04:00:00Z"));
    expect(startOfLocalDay("2026-10-26", "Europe/London")).toEqual(at("2026-10-26T00:00:00Z"));
    expect(startOfLocalDay("2026-03-30", "Europe/London")).toEqual(at("2026-03-29T23:00:00Z"));
  });

  it("starts a day whose midnight a DST change skipped at its first existing minute", () => {
    // São Paulo went from 00:00 straight to 01:00 on 4 November 2018.
    expect(startOfLocalDay("2018-11-04", "America/Sao_Paulo")).toEqual(at("2018-11-04T03:00:00Z"));
  });
});

describe("weekOf", () => {
  it("puts Sunday 23:30 in New York in that week though it is Monday in UTC", () => {
    const sundayNight = at("2026-11-16T04:30:00Z");
    expect(weekOf(sundayNight, "America/New_York")).toEqual({
      label: "2026-11-09",
      start: at("2026-11-09T05:00:00Z"),
    });
    expect(weekOf(sundayNight, "UTC").label).toBe("2026-11-16");
  });

  it("puts Sunday 15:30 UTC in the next week in Tokyo, where it is already Monday", () => {
    expect(weekOf(at("2026-11-15T15:30:00Z"), "Asia/Tokyo")).toEqual({
      label: "2026-11-16",
      start: at("2026-11-15T15:00:00Z"),
    });
  });

  it("handles the London spring-forward weekend", () => {
    const london = "Europe/London";
    expect(weekOf(at("2026-03-29T22:59:00Z"), london).label).toBe("2026-03-23");
    expect(weekOf(at("2026-03-29T23:00:00Z"), london).label).toBe("2026-03-30");
    expect(weekOf(at("2026-03-29T23:30:00Z"), london).start).toEqual(at("2026-03-29T23:00:00Z"));
  });

  it("handles the London fall-back weekend", () => {
    expect(weekOf(at("2026-10-25T23:30:00Z"), "Europe/London").label).toBe("2026-10-19");
    expect(weekOf(at("2026-10-26T00:00:00Z"), "Europe/London").label).toBe("2026-10-26");
  });
});

describe("weekBuckets", () => {
  it("gives a week of 167 hours across New York's spring forward and 169 across fall back", () => {
    const ny = "America/New_York";
    const spring = weekBuckets(
      { from: at("2026-03-04T12:00:00Z"), to: at("2026-03-10T12:00:00Z") },
      ny,
    );
    expect(spring.map((w) => w.label)).toEqual(["2026-03-02", "2026-03-09"]);
    expect(spring[1]!.start.getTime() - spring[0]!.start.getTime()).toBe(167 * HOUR);

    const fall = weekBuckets(
      { from: at("2026-10-27T12:00:00Z"), to: at("2026-11-03T12:00:00Z") },
      ny,
    );
    expect(fall.map((w) => w.label)).toEqual(["2026-10-26", "2026-11-02"]);
    expect(fall[1]!.start.getTime() - fall[0]!.start.getTime()).toBe(169 * HOUR);
  });

  it("covers a period from the week holding its start to the week holding its end", () => {
    const weeks = weekBuckets(
      { from: at("2026-11-04T10:00:00Z"), to: at("2026-11-21T10:00:00Z") },
      "Europe/London",
    );
    expect(weeks.map((w) => w.label)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
  });

  it("leaves out a week that starts exactly at the exclusive end", () => {
    const weeks = weekBuckets(
      { from: at("2026-11-09T00:00:00Z"), to: at("2026-11-16T00:00:00Z") },
      "UTC",
    );
    expect(weeks.map((w) => w.label)).toEqual(["2026-11-09"]);
  });

  it("has no weeks for an empty period", () => {
    const instant = at("2026-11-09T00:00:00Z");
    expect(weekBuckets({ from: instant, to: instant }, "UTC")).toEqual([]);
  });
});

describe("groupByWeek", () => {
  it("groups by the local week and drops items outside every week", () => {
    const ny = "America/New_York";
    const weeks = weekBuckets(
      { from: at("2026-11-09T05:00:00Z"), to: at("2026-11-23T05:00:00Z") },
      ny,
    );
    const items = [
      { id: "sunday-night", at: at("2026-11-16T04:30:00Z") },
      { id: "monday-morning", at: at("2026-11-16T06:00:00Z") },
      { id: "before", at: at("2026-11-09T04:59:00Z") },
    ];
    const groups = groupByWeek(weeks, items, (item) => item.at, ny);
    expect(groups.map((group) => group.map((item) => item.id))).toEqual([
      ["sunday-night"],
      ["monday-morning"],
    ]);
  });
});
