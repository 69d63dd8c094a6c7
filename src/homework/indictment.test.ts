import { describe, expect, test } from "vitest";
import { OBSERVATION_FORM, indictmentHint } from "./indictment";

describe("indictment hint", () => {
  test.each([
    ["You always leave the dishes for me.", "You always"],
    ["and then you never even asked how it went", "you never"],
    ["You don’t care about my day at all", "You don’t care"],
    ["you dont even care", "you dont even care"],
    ["You're so selfish with the car", "You're so"],
    ["you’re always on that phone", "you’re always"],
    ["You are never on time", "You are never"],
    ["You only think about work", "You only"],
    ["Why do you always do this?", "Why do you always"],
    ["why can't you just listen", "why can't you just"],
    ["YOU NEVER LISTEN", "YOU NEVER"],
    ["Honestly you'll never change", "you'll never"],
    ["Thank you always for the coffee, but you never sit with me", "you never"],
  ])("notices %j", (text, matched) => {
    const hint = indictmentHint(text);
    expect(hint?.matched).toBe(matched);
    expect(hint?.suggestion).toContain(OBSERVATION_FORM);
    expect(hint?.suggestion).toContain(`“${matched}…”`);
  });

  test.each([
    "I always end up doing the school run.",
    "We never go out just the two of us anymore.",
    "You were always kind to me when we first met.",
    "When you picked up your phone, I noticed I felt unseen.",
    "You never know with the trains on a Sunday.",
    "Thank you always for making the coffee.",
    "Yours always, even on hard days.",
    "You seemed tired, and I felt far away.",
    "",
  ])("stays quiet for %j", (text) => {
    expect(indictmentHint(text)).toBeNull();
  });

  test("suggests the observation form gently, without demanding a change", () => {
    expect(OBSERVATION_FORM).toBe("When ___ happened, I noticed I felt ___.");
    expect(indictmentHint("you never call")?.suggestion).toMatch(/Your own words are fine too\.$/);
  });
});
