import { describe, expect, test } from "vitest";
import {
  examplePayload,
  reflection,
  reflectionStagePreset,
  reviewExamplePayload,
} from "./reflection";
import { payloadFieldErrors, storedPayload } from "./test-support";

describe("reflection", () => {
  test("accepts a start and a review, each summarised by its stage", () => {
    expect(storedPayload(reflection, examplePayload)).toEqual(examplePayload);
    expect(storedPayload(reflection, reviewExamplePayload)).toEqual(reviewExamplePayload);
    expect(reflection.summary(examplePayload)).toBe(
      "Reflection, starting out · hope: One evening a week that is just ours, without screens.",
    );
    expect(reflection.summary(reviewExamplePayload)).toMatch(/^Reflection, looking back · next: /);
    expect(reflection.metrics(examplePayload)).toEqual({ reflectionStage: "start" });
    expect(reflection.metrics(reviewExamplePayload)).toEqual({ reflectionStage: "review" });
  });

  test("asks the chosen stage's three questions, and only those", () => {
    expect(payloadFieldErrors(reflection, { stage: "start" })).toEqual({
      notice: ["Write what you notice about the two of you right now."],
      miss: ["Write what you miss."],
      hope: ["Write one change you hope for."],
    });
    expect(payloadFieldErrors(reflection, { stage: "review", improved: "Tea." })).toEqual({
      stillHard: ["Write what is still hard."],
      next: ["Write what you'd like next."],
    });
    expect(payloadFieldErrors(reflection, {})).toEqual({
      stage: ["Choose which reflection this is."],
    });
  });

  test("drops the other stage's answers (typed before the stage was changed)", () => {
    const stored = storedPayload(reflection, { ...reviewExamplePayload, hope: "left over" });
    expect(stored).toEqual(reviewExamplePayload);
  });

  test("a homework's preset stage is a valid start for the form", () => {
    expect(reflectionStagePreset("review")).toEqual({ stage: "review" });
    expect(payloadFieldErrors(reflection, reflectionStagePreset("review"))).not.toHaveProperty(
      "stage",
    );
  });
});
