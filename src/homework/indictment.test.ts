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
    ["He always leaves his phone on the table at dinner.", "He always"],
    ["and she never even looked up", "she never"],
    ["My partner always finds something else to do", "My partner always"],
    ["They never ask how my day went.", "They never"],
    ["my husband never listens", "my husband never"],
    ["My wife’s always on her laptop", "My wife’s always"],
    ["he is never home before eight", "he is never"],
    ["She'll never change", "She'll never"],
    ["he doesn't even care", "he doesn't even care"],
    ["They don’t care what I think", "They don’t care"],
    ["Why does he always do this?", "Why does he always"],
    ["why can't she just say it", "why can't she just"],
    ["he only ever talks about work", "he only ever"],
    // A judgement call (see indictment.ts): partners often write "they" for each other.
    ["They always serve lunch at noon.", "They always"],
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
    "He was always kind to me when we first met.",
    "She seemed far away all evening.",
    "He only had one coffee and went to bed.",
    "My partner came home late and I felt alone.",
    "The bus never came, so I was late and he was cross.",
    "Thank you so much, you never know how much it helps.",
    "",
  ])("stays quiet for %j", (text) => {
    expect(indictmentHint(text)).toBeNull();
  });

  test("says the thing once: the quoted words and the observation form, each one time", () => {
    const suggestion = indictmentHint("He always leaves")?.suggestion ?? "";
    expect(suggestion.split("He always").length - 1).toBe(1);
    expect(suggestion.split(OBSERVATION_FORM).length - 1).toBe(1);
    expect(suggestion.match(/verdict/g)).toHaveLength(1);
  });

  test("suggests the observation form gently, without demanding a change", () => {
    expect(OBSERVATION_FORM).toBe("When ___ happened, I noticed I felt ___.");
    expect(indictmentHint("you never call")?.suggestion).toMatch(/Your own words are fine too\.$/);
  });
});
