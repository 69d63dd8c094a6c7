import { describe, expect, test } from "vitest";
import { examplePayload, microHurt } from "~/homework/micro-hurt";
import { toTimelineEntry, type StoredEntry } from "./timeline-entry";

const row = (payload: Record<string, unknown>): StoredEntry => ({
  id: "00000000-0000-4000-8000-000000000001",
  kind: "micro_hurt",
  schemaVersion: microHurt.version,
  partnerId: "00000000-0000-4000-8000-000000000002",
  occurredAt: new Date("2026-11-20T10:00:00Z"),
  visibility: "private",
  safetyFlag: false,
  payload,
  assignmentId: null,
});
const partner = { position: 1 as const, name: "Alex" };

describe("toTimelineEntry", () => {
  test("reads current-version answers as written, with the kind's numbers and summary", () => {
    const entry = toTimelineEntry(row({ ...examplePayload }), partner);
    expect(entry?.metrics).toEqual(microHurt.metrics(examplePayload));
    expect(entry?.summary).toBe(microHurt.summary(examplePayload));
  });

  test("answers the kind's code cannot work with fall back to the checked read: no numbers", () => {
    // A number where the words of "Something else" belong: the summary cannot handle it, and the
    // schema does not accept it, so the entry shows on the axis without numbers or a summary.
    const entry = toTimelineEntry(
      row({ ...examplePayload, category: "other", categoryOther: 5 }),
      partner,
    );
    expect(entry).not.toBeNull();
    expect(entry?.metrics).toEqual({});
    expect(entry?.summary).toBe("");
  });
});
