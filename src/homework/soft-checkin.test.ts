import { describe, expect, test } from "vitest";
import { examplePayload, softCheckin } from "./soft-checkin";
import { payloadFieldErrors, storedPayload } from "./test-support";

describe("weekly soft check-in", () => {
  test("accepts the example and summarises the plan", () => {
    expect(storedPayload(softCheckin, examplePayload)).toEqual(examplePayload);
    expect(softCheckin.summary(examplePayload)).toBe(
      "Check-in · plan: A walk on Saturday morning while the kids are at swimming.",
    );
    expect(softCheckin.metrics(examplePayload)).toEqual({});
  });

  test("asks for each of the three answers", () => {
    expect(payloadFieldErrors(softCheckin, { appreciation: " " })).toEqual({
      appreciation: ["Write one thing you appreciated."],
      need: ["Write one thing you need."],
      plan: ["Write one small plan for the two of you."],
    });
  });

  test("keeps each answer under 1,000 characters and trims it", () => {
    expect(payloadFieldErrors(softCheckin, { ...examplePayload, plan: "p".repeat(1001) })).toEqual({
      plan: ["Keep this under 1,000 characters."],
    });
    expect(storedPayload(softCheckin, { ...examplePayload, need: "  A hug.  " }).need).toBe(
      "A hug.",
    );
  });
});
