import { describe, expect, it } from "vitest";
import { dateFormat } from "~/dates";
import { safetyFlagLine, safetyFlagsToHead, type TimelineSafetyFlag } from "./safety-flags";

const period = { from: new Date("2026-11-09T00:00:00Z"), to: new Date("2026-11-23T00:00:00Z") };
const dates = dateFormat({ style: "US", timeZone: "UTC" });

function flag(id: string, raisedAt: string, closed: TimelineSafetyFlag["closed"] = null) {
  return {
    id,
    source: "help_button",
    raisedAt: new Date(raisedAt),
    position: 2,
    partnerName: "Sam",
    closed,
    entry: null,
  } satisfies TimelineSafetyFlag;
}

describe("safetyFlagsToHead", () => {
  it("keeps every open flag whatever the period, and closed ones only from inside it", () => {
    const oldOpen = flag("a", "2026-10-01T10:00:00Z");
    const newOpen = flag("b", "2026-11-20T10:00:00Z");
    const closedBefore = flag("c", "2026-10-02T10:00:00Z", {
      at: new Date("2026-10-03T10:00:00Z"),
      outcome: "safe_now",
    });
    const closedInside = flag("d", "2026-11-10T10:00:00Z", {
      at: new Date("2026-11-11T10:00:00Z"),
      outcome: "safety_plan",
    });
    const after = flag("e", "2026-11-24T10:00:00Z", {
      at: new Date("2026-11-25T10:00:00Z"),
      outcome: null,
    });
    expect(
      safetyFlagsToHead([closedInside, newOpen, after, closedBefore, oldOpen], period).map(
        (f) => f.id,
      ),
    ).toEqual(["a", "b", "d"]);
  });
});

describe("safetyFlagLine", () => {
  it("says an open flag from before the period is open and came before it", () => {
    expect(safetyFlagLine(flag("a", "2026-10-01T10:00:00Z"), period, dates)).toEqual({
      status: "Open, not yet followed up",
      text: "Sam: Pressed “I need help”, Oct 1, 2026 · 10:00 AM (before this period)",
    });
  });

  it("says when a flag was closed and with what outcome", () => {
    const closed = flag("d", "2026-11-10T10:00:00Z", {
      at: new Date("2026-11-11T10:00:00Z"),
      outcome: "safety_plan",
    });
    expect(safetyFlagLine(closed, period, dates).status).toBe(
      "Closed Nov 11, 2026: Safety plan made or reviewed",
    );
  });
});
