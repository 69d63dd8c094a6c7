import { describe, expect, test } from "vitest";
import { getKind } from "./registry";
import { examplePayload, smallWin } from "./small-win";
import { payloadFieldErrors, storedPayload } from "./test-support";

describe("small wins", () => {
  test("accepts the example, summarises the goal and the step, and names the goal for the timeline", () => {
    expect(storedPayload(smallWin, examplePayload)).toEqual(examplePayload);
    expect(smallWin.summary(examplePayload)).toBe(
      "Small win · Cook together once a week · Picked a recipe together and wrote the shopping list.",
    );
    expect(smallWin.metrics(examplePayload)).toEqual({ smallWin: examplePayload.goal });
  });

  test("is shared by default, the only kind that is", () => {
    expect(smallWin.defaultVisibility).toBe("shared");
    expect(getKind("reflection").defaultVisibility).toBeUndefined();
    expect(getKind("ritual_tracker").defaultVisibility).toBeUndefined();
  });

  test("asks which goal and what step; the celebration is optional", () => {
    expect(payloadFieldErrors(smallWin, {})).toEqual({
      goal: ["Choose one of your small wins."],
      step: ["Say what step you took, in a few words."],
    });
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose
    const { celebration: _celebration, ...withoutCelebration } = examplePayload;
    expect(storedPayload(smallWin, withoutCelebration)).toEqual(withoutCelebration);
    expect(
      payloadFieldErrors(smallWin, { ...examplePayload, goal: { id: "x", label: "Cook" } }).goal,
    ).toEqual(["Choose one of your small wins."]);
  });
});
