import { describe, expect, test } from "vitest";
import { examplePayload, ritualTracker } from "./ritual-tracker";
import { payloadFieldErrors, storedPayload } from "./test-support";

const walk = examplePayload.rituals[1]!;

describe("ritual tracker", () => {
  test("accepts the example, names the rituals done and keeps their rhythm for the timeline", () => {
    expect(storedPayload(ritualTracker, examplePayload)).toEqual(examplePayload);
    expect(ritualTracker.summary(examplePayload)).toBe(
      "Rituals · A proper goodbye in the morning, Sunday walk",
    );
    expect(ritualTracker.metrics(examplePayload)).toEqual({
      ritualDay: "2026-11-29",
      ritualsDone: examplePayload.rituals,
    });
  });

  test("leaves the day to the server when the form does not send one", () => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose
    const { day: _day, ...withoutDay } = examplePayload;
    expect(storedPayload(ritualTracker, withoutDay)).toEqual(withoutDay);
    expect(ritualTracker.metrics(ritualTracker.schema.parse(withoutDay))).not.toHaveProperty(
      "ritualDay",
    );
  });

  test("counts a ritual ticked twice once", () => {
    const stored = storedPayload(ritualTracker, { rituals: [walk, walk] });
    expect(stored.rituals).toEqual([walk]);
  });

  test("asks for at least one ritual, each named with its id, label and rhythm", () => {
    expect(payloadFieldErrors(ritualTracker, { rituals: [] })).toEqual({
      rituals: ["Tick at least one ritual you did today."],
    });
    expect(payloadFieldErrors(ritualTracker, {})).toEqual({
      rituals: ["Tick at least one ritual you did today."],
    });
    const errors = payloadFieldErrors(ritualTracker, {
      rituals: [{ id: "not-an-id", label: "Walk", rhythm: "monthly" }],
    });
    expect(errors.rituals).toContain("Choose one of your rituals.");
    expect(payloadFieldErrors(ritualTracker, { ...examplePayload, day: "yesterday" })).toEqual({
      day: ["Choose the day as a date."],
    });
  });

  test("never words a ritual day as missed or broken", () => {
    expect(`${ritualTracker.title} ${ritualTracker.instructions}`).not.toMatch(/miss|broke|fail/i);
  });
});
