import { describe, expect, test } from "vitest";
import { examplePayload, microHurt } from "./micro-hurt";
import { payloadFieldErrors, storedPayload } from "./test-support";

const minimal = {
  observation: "My partner sighed when I asked for help with the bins.",
  category: "dismissive_look",
  feelings: ["hurt"],
  intensity: 0,
  raised: false,
  repaired: false,
};

describe("micro-hurt log", () => {
  test("accepts the full example and summarises it in one line", () => {
    expect(storedPayload(microHurt, examplePayload)).toEqual(examplePayload);
    expect(microHurt.summary(examplePayload)).toBe(
      "Phone or distraction · intensity 6 · repaired after 2 h",
    );
    expect(microHurt.metrics(examplePayload)).toEqual({
      category: "phone",
      intensity: 6,
      raised: false,
      repaired: true,
      minutesToRepair: 120,
      story: "not_a_priority",
    });
  });

  test("accepts the minimum a partner must answer", () => {
    const stored = storedPayload(microHurt, minimal);
    expect(stored).toEqual(minimal);
    expect(microHurt.summary(microHurt.schema.parse(minimal))).toBe(
      "A dismissive look or sigh · intensity 0 · not repaired yet",
    );
    expect(microHurt.metrics(microHurt.schema.parse(minimal))).toMatchObject({
      repaired: false,
      minutesToRepair: undefined,
      story: undefined,
    });
  });

  test("says what is missing from an empty form", () => {
    expect(payloadFieldErrors(microHurt, {})).toEqual({
      observation: ["Describe what happened in a sentence or two."],
      category: ["Choose the kind of moment, or “Something else”."],
      feelings: ["Choose at least one feeling."],
      intensity: ["Choose how intense it felt, from 0 to 10."],
      raised: ["Say whether you raised it with your partner."],
      repaired: ["Say whether it was repaired."],
    });
  });

  test.each([11, -1, 2.5, "6"])("refuses intensity %s with a readable message", (intensity) => {
    expect(payloadFieldErrors(microHurt, { ...minimal, intensity }).intensity).toEqual([
      "Choose how intense it felt, from 0 to 10.",
    ]);
  });

  test("limits the observation to 2,000 characters and ignores whitespace-only answers", () => {
    expect(payloadFieldErrors(microHurt, { ...minimal, observation: "a".repeat(2001) })).toEqual({
      observation: ["Keep this under 2,000 characters."],
    });
    expect(
      payloadFieldErrors(microHurt, { ...minimal, observation: "   \n " }).observation,
    ).toEqual(["Describe what happened in a sentence or two."]);
  });

  test("asks for words whenever “Something else” is picked", () => {
    const other = { ...minimal, category: "other", feelings: ["sad", "other"], story: "other" };
    expect(payloadFieldErrors(microHurt, other)).toEqual({
      categoryOther: ["Say in a few words what kind of moment it was."],
      feelingsOther: ["Name the other feeling in a word or two."],
      storyOther: ["Write the story in your own words, or choose one from the list."],
    });
    const filled = {
      ...other,
      categoryOther: "Plans made without me",
      feelingsOther: "left out",
      storyOther: "I'm an afterthought",
    };
    expect(storedPayload(microHurt, filled)).toEqual(filled);
    expect(microHurt.summary(microHurt.schema.parse(filled))).toBe(
      "Plans made without me · intensity 0 · not repaired yet",
    );
  });

  test("clears the repair details and other-texts when their question is answered otherwise", () => {
    const stored = storedPayload(microHurt, {
      ...minimal,
      categoryOther: "left over from a draft",
      repairHow: "We hugged",
      minutesToRepair: -5,
    });
    expect(stored).toEqual(minimal);
  });

  test("keeps the repair details when it was repaired, within 30 days", () => {
    const repaired = { ...minimal, repaired: true, repairHow: "We hugged", minutesToRepair: 45 };
    expect(storedPayload(microHurt, repaired)).toEqual(repaired);
    expect(microHurt.summary(microHurt.schema.parse(repaired))).toContain("repaired after 45 min");
    expect(
      payloadFieldErrors(microHurt, { ...repaired, minutesToRepair: 31 * 24 * 60 }).minutesToRepair,
    ).toEqual(["Enter how long after, from 0 minutes up to 30 days."]);
    const noTime = microHurt.schema.parse({ ...minimal, repaired: true });
    expect(microHurt.summary(noTime)).toBe("A dismissive look or sigh · intensity 0 · repaired");
  });

  test("treats untouched inputs as unanswered and collapses repeated picks", () => {
    const stored = storedPayload(microHurt, {
      ...minimal,
      needed: "",
      story: null,
      feelings: ["hurt", "hurt", "lonely"],
    });
    expect(stored).toEqual({ ...minimal, feelings: ["hurt", "lonely"] });
  });

  test("refuses values outside its lists", () => {
    expect(payloadFieldErrors(microHurt, { ...minimal, category: "rudeness" }).category).toEqual([
      "Choose the kind of moment, or “Something else”.",
    ]);
    expect(payloadFieldErrors(microHurt, { ...minimal, feelings: ["meh"] }).feelings).toEqual([
      "Choose from the list.",
    ]);
  });
});
