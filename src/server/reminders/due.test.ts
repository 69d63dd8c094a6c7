import { describe, expect, test } from "vitest";
import {
  addDays,
  isAssignmentDue,
  isReminderDue,
  localTime,
  type ReminderAssignment,
  type ReminderPartner,
} from "./due";

const at = (iso: string) => new Date(iso);
const LONG_AGO = at("2025-12-01T12:00:00Z");

function assignment(overrides: Partial<ReminderAssignment> = {}): ReminderAssignment {
  return {
    cadence: "daily",
    dueOn: null,
    untilOn: null,
    assignedAt: LONG_AGO,
    lastEntryAt: null,
    ...overrides,
  };
}

function partner(
  assignments: ReminderAssignment[],
  overrides: Partial<ReminderPartner> = {},
): ReminderPartner {
  return { timeZone: "Europe/London", lastRemindedAt: null, assignments, ...overrides };
}

describe("local time", () => {
  test("the partner's calendar date and hour, not the server's", () => {
    expect(localTime(at("2026-01-15T03:00:00Z"), "America/Los_Angeles")).toEqual({
      date: "2026-01-14",
      hour: 19,
    });
    expect(localTime(at("2026-01-14T21:00:00Z"), "Pacific/Auckland")).toEqual({
      date: "2026-01-15",
      hour: 10,
    });
    expect(localTime(at("2026-01-15T00:30:00Z"), "UTC")).toEqual({ date: "2026-01-15", hour: 0 });
  });

  test("adding days crosses months, years and leap days", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-01-03", -7)).toBe("2025-12-27");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });
});

describe("quiet hours: only between 09:00 and 20:00 where the partner is", () => {
  const due = [assignment()];

  test("the same instant is too early in London and fine in Berlin", () => {
    const now = at("2026-01-15T08:30:00Z");
    expect(isReminderDue(partner(due), now)).toBe(false);
    expect(isReminderDue(partner(due, { timeZone: "Europe/Berlin" }), now)).toBe(true);
  });

  test("19:59 is in, 20:00 is out", () => {
    expect(isReminderDue(partner(due), at("2026-01-15T19:59:00Z"))).toBe(true);
    expect(isReminderDue(partner(due), at("2026-01-15T20:00:00Z"))).toBe(false);
    expect(isReminderDue(partner(due), at("2026-01-15T09:00:00Z"))).toBe(true);
  });

  test("London's clocks going forward make 08:30 UTC half past nine", () => {
    expect(isReminderDue(partner(due), at("2026-03-28T08:30:00Z"))).toBe(false);
    expect(isReminderDue(partner(due), at("2026-03-29T08:30:00Z"))).toBe(true);
  });

  test("New York's clocks going back make 13:30 UTC half past eight", () => {
    const ny = partner(due, { timeZone: "America/New_York" });
    expect(isReminderDue(ny, at("2026-10-31T13:30:00Z"))).toBe(true);
    expect(isReminderDue(ny, at("2026-11-01T13:30:00Z"))).toBe(false);
  });
});

describe("at most one a day", () => {
  const now = at("2026-01-15T12:00:00Z");
  test("not within 20 hours of the last reminder", () => {
    const hours = (h: number) => new Date(now.getTime() - h * 3600_000);
    const due = [assignment()];
    expect(isReminderDue(partner(due, { lastRemindedAt: hours(19.9) }), now)).toBe(false);
    expect(isReminderDue(partner(due, { lastRemindedAt: hours(20) }), now)).toBe(true);
  });

  test("nothing to remind about, no reminder", () => {
    expect(isReminderDue(partner([]), now)).toBe(false);
    expect(isReminderDue(partner([assignment({ cadence: "whenever" })]), now)).toBe(false);
  });

  test("one due assignment among others is enough", () => {
    const done = assignment({ lastEntryAt: at("2026-01-15T10:00:00Z") });
    expect(isReminderDue(partner([done]), now)).toBe(false);
    expect(isReminderDue(partner([done, assignment({ cadence: "weekly" })]), now)).toBe(true);
  });
});

describe("due rules per cadence", () => {
  const today = "2026-01-15";
  const london = "Europe/London";
  const due = (a: Partial<ReminderAssignment>) => isAssignmentDue(assignment(a), today, london);

  test("nothing is due on the day it was assigned, nor before its due date", () => {
    const assignedAt = at("2026-01-15T08:00:00Z");
    expect(due({ cadence: "daily", assignedAt })).toBe(false);
    expect(due({ cadence: "once", dueOn: today, assignedAt })).toBe(false);
    expect(due({ cadence: "daily", dueOn: "2026-01-16" })).toBe(false);
    expect(due({ cadence: "weekly", dueOn: "2026-01-16" })).toBe(false);
  });

  test("once: from its due date until the partner has made an entry", () => {
    expect(due({ cadence: "once", dueOn: today })).toBe(true);
    expect(due({ cadence: "once", dueOn: "2026-01-02" })).toBe(true);
    expect(due({ cadence: "once", dueOn: today, lastEntryAt: at("2026-01-10T10:00:00Z") })).toBe(
      false,
    );
    expect(due({ cadence: "once", dueOn: null })).toBe(false);
  });

  test("daily: when today has no entry, up to and including its last day", () => {
    expect(due({ cadence: "daily" })).toBe(true);
    expect(due({ cadence: "daily", lastEntryAt: at("2026-01-14T21:00:00Z") })).toBe(true);
    expect(due({ cadence: "daily", lastEntryAt: at("2026-01-15T00:10:00Z") })).toBe(false);
    expect(due({ cadence: "daily", untilOn: today })).toBe(true);
    expect(due({ cadence: "daily", untilOn: "2026-01-14" })).toBe(false);
  });

  test("weekly: when the last 7 days have no entry, the first week counted from assignment", () => {
    expect(due({ cadence: "weekly", lastEntryAt: at("2026-01-09T12:00:00Z") })).toBe(false);
    expect(due({ cadence: "weekly", lastEntryAt: at("2026-01-08T12:00:00Z") })).toBe(true);
    expect(due({ cadence: "weekly", assignedAt: at("2026-01-09T12:00:00Z") })).toBe(false);
    expect(due({ cadence: "weekly", assignedAt: at("2026-01-08T12:00:00Z") })).toBe(true);
    expect(due({ cadence: "weekly", untilOn: "2026-01-14" })).toBe(false);
  });

  test("whenever: a log for when things happen, never reminded", () => {
    expect(due({ cadence: "whenever" })).toBe(false);
    expect(due({ cadence: "whenever", dueOn: "2026-01-01" })).toBe(false);
  });
});

describe("a partner whose day is not the UTC day", () => {
  test("in Los Angeles at 19:00 on the 14th, this morning's entry counts as today's", () => {
    const now = at("2026-01-15T03:00:00Z");
    const la = (a: Partial<ReminderAssignment>) =>
      partner([assignment(a)], { timeZone: "America/Los_Angeles" });
    expect(isReminderDue(la({ lastEntryAt: at("2026-01-14T18:00:00Z") }), now)).toBe(false);
    expect(isReminderDue(la({ lastEntryAt: at("2026-01-14T07:00:00Z") }), now)).toBe(true);
    // Due "on the 15th" is still tomorrow there, and due the next morning.
    expect(isReminderDue(la({ cadence: "once", dueOn: "2026-01-15" }), now)).toBe(false);
    expect(
      isReminderDue(la({ cadence: "once", dueOn: "2026-01-15" }), at("2026-01-15T17:00:00Z")),
    ).toBe(true);
  });

  test("in Auckland at 10:00 on the 15th, an entry from 23:00 on the 14th was yesterday", () => {
    const now = at("2026-01-14T21:00:00Z");
    const auckland = partner([assignment({ lastEntryAt: at("2026-01-14T10:00:00Z") })], {
      timeZone: "Pacific/Auckland",
    });
    expect(isReminderDue(auckland, now)).toBe(true);
  });
});
