import { describe, expect, test } from "vitest";
import { dateFormat } from "~/dates";
import type { TimelineEntry } from "~/timeline/types";
import { attribution } from "./pdf-format";

const entry: TimelineEntry = {
  id: "e1",
  kind: "micro_hurt",
  position: 1,
  partnerName: "Alex",
  occurredAt: new Date("2026-11-03T21:40:00Z"),
  visibility: "private",
  safetyFlag: false,
  metrics: { category: "tone", intensity: 5 },
  summary: "Quick log · Tone · intensity 5",
  quote: "They finished my sentence for me.",
  payload: {},
  assignmentId: null,
};

describe("PDF attribution", () => {
  const dates = dateFormat({ style: "US", timeZone: "UTC" });
  test("says a quick log was one, beside who wrote it and who may see it", () => {
    expect(attribution({ ...entry, quick: true }, dates)).toMatch(/^Alex · private · quick log · /);
    expect(attribution(entry, dates)).toMatch(/^Alex · private · Nov/);
  });
});
