import { describe, expect, test } from "vitest";
import { cycleMap, examplePayload } from "./cycle-map";
import { payloadFieldErrors, storedPayload } from "./test-support";

const minimal = {
  trigger: "I asked whether we'd booked the plumber yet.",
  role: "withdraw",
  reactiveEmotions: ["numb"],
  ending: "reconnected",
};

describe("pursue–withdraw cycle map", () => {
  test("accepts the full example and summarises both layers of feeling", () => {
    expect(storedPayload(cycleMap, examplePayload)).toEqual(examplePayload);
    expect(cycleMap.summary(examplePayload)).toBe(
      "Pursued · frustrated on top, lonely underneath · it faded without being talked about",
    );
    expect(cycleMap.metrics(examplePayload)).toEqual({ role: "pursue" });
  });

  test("accepts the minimum a partner must answer", () => {
    expect(storedPayload(cycleMap, minimal)).toEqual(minimal);
    const payload = cycleMap.schema.parse(minimal);
    expect(cycleMap.summary(payload)).toBe("Withdrew · numb · we found our way back to each other");
    expect(cycleMap.metrics(payload)).toEqual({ role: "withdraw" });
  });

  test("says what is missing from an empty form", () => {
    expect(payloadFieldErrors(cycleMap, {})).toEqual({
      trigger: ["Describe what set it off in a sentence or two."],
      role: ["Choose whether you moved toward or pulled back."],
      reactiveEmotions: ["Choose at least one feeling that showed on the surface."],
      ending: ["Choose how it ended, or “Another way”."],
    });
  });

  test("offers only the moves of the chosen direction and clears the others", () => {
    const stored = storedPayload(cycleMap, {
      ...minimal,
      pursueMoves: ["criticise", "other"],
      withdrawMoves: ["go_quiet", "leave"],
    });
    expect(stored).toEqual({ ...minimal, withdrawMoves: ["go_quiet", "leave"] });
  });

  test("asks for words for every “Something else” that is shown", () => {
    expect(
      payloadFieldErrors(cycleMap, {
        ...minimal,
        withdrawMoves: ["other"],
        reactiveEmotions: ["other"],
        softerEmotions: ["other"],
        needs: ["other"],
        ending: "other",
      }),
    ).toEqual({
      withdrawMovesOther: ["Add a word or two for “Something else”."],
      reactiveEmotionsOther: ["Add a word or two for “Something else”."],
      softerEmotionsOther: ["Add a word or two for “Something else”."],
      needsOther: ["Add a word or two for “Something else”."],
      endingOther: ["Say in a few words how it ended."],
    });
  });

  test("uses my own words for a feeling in the summary, shortened", () => {
    const payload = cycleMap.schema.parse({
      ...minimal,
      reactiveEmotions: ["other"],
      reactiveEmotionsOther: "like a wall came down between us and stayed there",
    });
    expect(cycleMap.summary(payload)).toBe(
      "Withdrew · like a wall came down between… · we found our way back to each other",
    );
  });

  test("refuses a move from the list it does not offer", () => {
    expect(
      payloadFieldErrors(cycleMap, { ...minimal, withdrawMoves: ["protest"] }).withdrawMoves,
    ).toEqual(["Choose from the list."]);
  });
});
