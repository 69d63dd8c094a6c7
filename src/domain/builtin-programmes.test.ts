import { describe, expect, it } from "vitest";
import { programmePlanInput } from "~/validation/programmes";
import { builtInProgramme, builtInProgrammes } from "./builtin-programmes";

describe("the built-in programmes", () => {
  it("each passes the same validation a practice's own programme must", () => {
    for (const programme of builtInProgrammes) {
      expect(programmePlanInput.safeParse(programme).success).toBe(true);
    }
  });

  it("the six-week plan uses the kinds each stage of the work calls for", () => {
    const plan = builtInProgramme("six-week-reconnect")!;
    expect(plan.weeks.map((w) => w.homework.map((h) => h.kind))).toEqual([
      ["reflection", "csi4", "connection_moment"],
      ["ritual_tracker", "connection_moment"],
      ["soft_checkin", "ritual_tracker"],
      ["micro_hurt", "repair_script", "ritual_tracker"],
      ["small_win", "connection_moment", "ritual_tracker"],
      ["reflection", "csi4"],
    ]);
    expect(builtInProgramme("nonsense")).toBeUndefined();
  });
});
