import { describe, expect, test } from "vitest";
import {
  CSI4_CITATION,
  DEFAULT_CSI_CUTOFF,
  csi4,
  csiCutoffNote,
  examplePayload,
  isDistressed,
  scoreCsi4,
} from "./csi4";
import { editableFields } from "./prompt-wording";
import { payloadFieldErrors, storedPayload } from "./test-support";

const answers = (happiness: number, warmth: number, rewarding: number, satisfaction: number) => ({
  happiness,
  warmth,
  rewarding,
  satisfaction,
});

describe("CSI-4 scoring", () => {
  test("spans 0 to 21", () => {
    expect(scoreCsi4(answers(0, 0, 0, 0))).toBe(0);
    expect(scoreCsi4(answers(6, 5, 5, 5))).toBe(21);
  });

  test.each([
    [answers(3, 3, 3, 3), 12],
    [answers(4, 4, 3, 4), 15],
    [answers(5, 4, 4, 4), 17],
    [answers(2, 1, 2, 2), 7],
    [answers(6, 5, 4, 5), 20],
  ])("scores %o as %i", (given, total) => {
    expect(scoreCsi4(given)).toBe(total);
  });

  test("reads distress below the cut-off, 13.5 unless the practice sets another", () => {
    expect(DEFAULT_CSI_CUTOFF).toBe(13.5);
    expect(isDistressed(13, DEFAULT_CSI_CUTOFF)).toBe(true);
    expect(isDistressed(14, DEFAULT_CSI_CUTOFF)).toBe(false);
    expect(isDistressed(13)).toBe(true);
    expect(isDistressed(14, 15)).toBe(true);
    expect(isDistressed(15, 15)).toBe(false);
  });
});

describe("CSI-4 form", () => {
  test("accepts the example and summarises the score", () => {
    expect(storedPayload(csi4, examplePayload)).toEqual(examplePayload);
    expect(csi4.summary(examplePayload)).toBe("CSI-4 score 15 of 21");
    expect(csi4.metrics(examplePayload)).toEqual({ score: 15 });
  });

  test("refuses answers off each item's scale with the scale's own words", () => {
    expect(payloadFieldErrors(csi4, answers(7, 6, -1, 2.5))).toEqual({
      happiness: ["Choose one answer, from “Extremely unhappy” to “Perfect”."],
      warmth: ["Choose one answer, from “Not at all true” to “Completely true”."],
      rewarding: ["Choose one answer, from “Not at all” to “Completely”."],
      satisfaction: ["Choose one answer, from “Not at all” to “Completely”."],
    });
    expect(Object.keys(payloadFieldErrors(csi4, {}))).toEqual([
      "happiness",
      "warmth",
      "rewarding",
      "satisfaction",
    ]);
  });

  test("labels every point of every item with the instrument's wording, which stays locked", () => {
    const items = csi4.sections.flatMap((section) => section.fields);
    expect(items.map((item) => (item.type === "scale" ? item.labels : undefined))).toEqual([
      [
        "Extremely unhappy",
        "Fairly unhappy",
        "A little unhappy",
        "Happy",
        "Very happy",
        "Extremely happy",
        "Perfect",
      ],
      [
        "Not at all true",
        "A little true",
        "Somewhat true",
        "Mostly true",
        "Almost completely true",
        "Completely true",
      ],
      ["Not at all", "A little", "Somewhat", "Mostly", "Almost completely", "Completely"],
      ["Not at all", "A little", "Somewhat", "Mostly", "Almost completely", "Completely"],
    ]);
    expect(items.every((item) => item.lockedWording)).toBe(true);
    expect(editableFields(csi4)).toEqual([]);
  });

  test("asks partners not to compare, is never shared, and leaves the citation to the therapist's side", () => {
    expect(csi4.instructions).toContain("without comparing notes with your partner");
    expect(csi4.instructions).not.toMatch(/Funk|Rogge|2007/);
    expect(csi4.neverShared).toMatch(/stay between you and your therapist/);
    expect(CSI4_CITATION).toMatch(/^Funk, J\. L\., & Rogge, R\. D\. \(2007\)/);
  });
});

test("a cut-off other than the published 13.5 is said to depart from the norm", () => {
  expect(csiCutoffNote(DEFAULT_CSI_CUTOFF)).toBeNull();
  expect(csiCutoffNote(12)).toContain("no longer matches the published norm");
  expect(csiCutoffNote(12)).toContain("13.5");
});
