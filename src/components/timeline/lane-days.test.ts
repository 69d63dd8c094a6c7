import { describe, expect, test } from "vitest";
import { laneDays } from "./lane-days";

const at = (iso: string, id: string) => ({ id, occurredAt: new Date(iso) });

describe("laneDays", () => {
  test("orders entries oldest first and splits them by the couple's calendar day", () => {
    const entries = [
      at("2026-03-03T08:00:00Z", "c"),
      at("2026-03-02T22:30:00Z", "b"),
      at("2026-03-02T09:00:00Z", "a"),
    ];
    const days = laneDays(entries, { style: "US", timeZone: "UTC" });
    expect(days.map((d) => [d.date, d.label, d.entries.map((e) => e.id)])).toEqual([
      ["2026-03-02", "Mon, Mar 2, 2026", ["a", "b"]],
      ["2026-03-03", "Tue, Mar 3, 2026", ["c"]],
    ]);
  });

  test("a late evening in New York is still that evening, not the next UTC day", () => {
    const entries = [at("2026-03-03T03:30:00Z", "late"), at("2026-03-02T15:00:00Z", "afternoon")];
    const days = laneDays(entries, { style: "international", timeZone: "America/New_York" });
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({ date: "2026-03-02", label: "Mon 2 Mar 2026" });
  });

  test("no entries, no days", () => {
    expect(laneDays([], { style: "US", timeZone: "UTC" })).toEqual([]);
  });
});
