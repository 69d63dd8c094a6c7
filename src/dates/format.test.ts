import { describe, expect, it } from "vitest";
import { dateFormat } from "./format";

const us = (timeZone: string) => dateFormat({ style: "US", timeZone });
const intl = (timeZone: string) => dateFormat({ style: "international", timeZone });

describe("dateFormat", () => {
  it("writes a moment in each style", () => {
    const at = new Date("2026-11-16T15:05:00Z");
    expect(us("UTC").moment(at)).toBe("Nov 16, 2026 · 3:05 PM");
    expect(intl("UTC").moment(at)).toBe("16 Nov 2026 · 15:05");
  });

  it("writes midnight and noon the way each style reads them", () => {
    expect(us("UTC").time(new Date("2026-11-16T00:05:00Z"))).toBe("12:05 AM");
    expect(intl("UTC").time(new Date("2026-11-16T00:05:00Z"))).toBe("00:05");
    expect(us("UTC").time(new Date("2026-11-16T12:00:00Z"))).toBe("12:00 PM");
  });

  it("shows the day it was where the couple lives, not in UTC", () => {
    const mondayEveningUtc = new Date("2026-11-16T20:00:00Z");
    expect(us("Pacific/Auckland").moment(mondayEveningUtc)).toBe("Nov 17, 2026 · 9:00 AM");
    expect(intl("Pacific/Auckland").shortDay(mondayEveningUtc)).toBe("17 Nov");
    const tuesdayEarlyUtc = new Date("2026-11-17T05:00:00Z");
    expect(us("America/Los_Angeles").day(tuesdayEarlyUtc)).toBe("Nov 16, 2026");
    expect(us("America/Los_Angeles").shortDay(tuesdayEarlyUtc)).toBe("Nov 16");
  });

  it("follows daylight saving time on both sides of the change", () => {
    const ny = intl("America/New_York");
    expect(ny.time(new Date("2026-03-08T06:59:00Z"))).toBe("01:59");
    expect(ny.time(new Date("2026-03-08T07:00:00Z"))).toBe("03:00");
    // The hour from 1 to 2 AM happens twice on the day clocks go back.
    expect(us("America/New_York").time(new Date("2026-11-01T05:30:00Z"))).toBe("1:30 AM");
    expect(us("America/New_York").time(new Date("2026-11-01T06:30:00Z"))).toBe("1:30 AM");
    expect(ny.time(new Date("2026-11-01T07:30:00Z"))).toBe("02:30");
  });

  it("writes a stored calendar date as that date in every zone", () => {
    expect(us("Pacific/Kiritimati").calendarDate("2026-03-02")).toBe("Mar 2, 2026");
    expect(intl("Pacific/Pago_Pago").calendarDate("2026-03-02")).toBe("2 Mar 2026");
    expect(us("Pacific/Kiritimati").shortCalendarDate("2026-03-02")).toBe("Mar 2");
    expect(intl("UTC").shortCalendarDate("2026-03-02")).toBe("2 Mar");
    expect(us("UTC").shortCalendarDate("2026-12-28", true)).toBe("Dec 28 ’26");
    expect(intl("UTC").shortCalendarDate("2027-01-04", true)).toBe("4 Jan ’27");
  });

  it("names the weekday in day headings", () => {
    expect(us("UTC").dayHeading("2026-03-02")).toBe("Mon, Mar 2, 2026");
    expect(intl("UTC").dayHeading("2026-03-02")).toBe("Mon 2 Mar 2026");
  });

  it("writes a range of days, or one day when they are the same", () => {
    expect(us("UTC").calendarRange("2026-11-02", "2026-11-16")).toBe("Nov 2, 2026 – Nov 16, 2026");
    expect(intl("UTC").calendarRange("2026-11-16", "2026-11-16")).toBe("16 Nov 2026");
  });
});
