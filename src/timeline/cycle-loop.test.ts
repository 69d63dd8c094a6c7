import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { cycleLoop } from "./cycle-loop";
import { cycle, partners, twoWeeks } from "./test-support";

describe("the cycle as a loop", () => {
  it("states the pursue–withdraw loop with names, whoever wrote the maps", () => {
    const loop = cycleLoop(
      [
        cycle("a", 1, "2026-11-03T20:00:00Z", "pursue", "withdraw"),
        cycle("b", 2, "2026-11-05T20:00:00Z", "withdraw", "pursue"),
        cycle("c", 2, "2026-11-06T20:00:00Z", "withdraw"),
      ],
      partners,
    );
    expect(loop).toEqual({
      pattern: "pursue_withdraw",
      text: "The more Alex pushes, the more Sam pulls back, and the more Sam pulls back, the more Alex pushes.",
      basis: "As 2 of the 3 cycle maps in this period describe it",
      entryIds: ["a", "b"],
    });
  });

  it("states both pushing and the quiet drift of both pulling back", () => {
    const pushing = cycleLoop(
      [cycle("a", 2, "2026-11-03T20:00:00Z", "pursue", "pursue")],
      partners,
    );
    expect(pushing).toMatchObject({
      pattern: "both_pursue",
      text: "The more Alex pushes, the more Sam pushes back, and the more Sam pushes, the more Alex pushes back.",
    });
    const drifting = cycleLoop(
      [cycle("a", 1, "2026-11-03T20:00:00Z", "withdraw", "withdraw")],
      partners,
    );
    expect(drifting).toMatchObject({
      pattern: "both_withdraw",
      text: "The more Alex pulls back, the more Sam pulls back, and the quieter it gets, the further apart they drift.",
    });
  });

  it("takes the loop most maps describe, the latest on a tie, and none from one-sided maps", () => {
    const tie = cycleLoop(
      [
        cycle("a", 1, "2026-11-03T20:00:00Z", "pursue", "withdraw"),
        cycle("b", 1, "2026-11-09T20:00:00Z", "withdraw", "withdraw"),
      ],
      partners,
    );
    expect(tie?.pattern).toBe("both_withdraw");
    const reversed = cycleLoop(
      [
        cycle("a", 2, "2026-11-03T20:00:00Z", "pursue", "withdraw"),
        cycle("b", 2, "2026-11-04T20:00:00Z", "pursue", "withdraw"),
        cycle("c", 1, "2026-11-09T20:00:00Z", "pursue", "withdraw"),
      ],
      partners,
    );
    expect(reversed?.text).toMatch(/^The more Sam pushes, the more Alex pulls back/);
    expect(cycleLoop([cycle("a", 1, "2026-11-03T20:00:00Z", "pursue")], partners)).toBeNull();
  });

  it("is on the timeline for the period only, marked when it rests on private maps", () => {
    const timeline = buildTimeline({
      ...twoWeeks,
      entries: [
        cycle("old", 1, "2026-10-30T20:00:00Z", "withdraw", "withdraw"),
        cycle("a", 1, "2026-11-03T20:00:00Z", "pursue", "withdraw"),
      ],
      assignments: [],
    });
    expect(timeline.cycleLoop).toMatchObject({ pattern: "pursue_withdraw", privateFrom: [1] });
    const shared = buildTimeline({
      ...twoWeeks,
      entries: [
        {
          ...cycle("a", 2, "2026-11-03T20:00:00Z", "pursue", "withdraw"),
          visibility: "shared" as const,
        },
      ],
      assignments: [],
    });
    expect(shared.cycleLoop?.privateFrom).toEqual([]);
  });
});
