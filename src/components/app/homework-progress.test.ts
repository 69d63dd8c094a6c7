import { describe, expect, test } from "vitest";
import { progressLabel } from "./homework-progress";

describe("progressLabel", () => {
  test("once: done or not yet", () => {
    expect(progressLabel("once", { name: "Alex", entries: 1, expected: 1 })).toBe("Alex: done");
    expect(progressLabel("once", { name: "Sam", entries: 0, expected: 1 })).toBe("Sam: not yet");
  });

  test("whenever: a plain count", () => {
    expect(progressLabel("whenever", { name: "Alex", entries: 4, expected: null })).toBe(
      "Alex: 4 entries",
    );
    expect(progressLabel("whenever", { name: "Sam", entries: 1, expected: null })).toBe(
      "Sam: 1 entry",
    );
  });

  test("daily and weekly: done of asked so far, in days or weeks", () => {
    expect(progressLabel("daily", { name: "Alex", entries: 3, expected: 5 })).toBe(
      "Alex: 3 of 5 days",
    );
    expect(progressLabel("weekly", { name: "Sam", entries: 0, expected: 1 })).toBe(
      "Sam: 0 of 1 week",
    );
  });

  test("more entries than days asked for reads as a count, not '7 of 5'", () => {
    expect(progressLabel("daily", { name: "Alex", entries: 7, expected: 5 })).toBe(
      "Alex: 7 entries over 5 days",
    );
  });
});
