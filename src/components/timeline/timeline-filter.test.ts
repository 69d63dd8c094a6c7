import { describe, expect, test } from "vitest";
import { filterQuery, filterSummary, timelineFilter } from "./timeline-filter";

describe("timelineFilter", () => {
  test("no query: since the last session, every kind, both partners", () => {
    expect(timelineFilter({})).toEqual({
      range: "since_last_session",
      from: "",
      to: "",
      kinds: [],
      partner: null,
      problem: null,
    });
  });

  test("reads presets, known kinds once each, and a partner position", () => {
    expect(
      timelineFilter({ range: "4w", kind: ["bid", "csi4", "bid", "nonsense"], partner: "2" }),
    ).toMatchObject({ range: "4w", kinds: ["bid", "csi4"], partner: 2, problem: null });
    expect(timelineFilter({ range: "12w", partner: "3" })).toMatchObject({
      range: "12w",
      partner: null,
    });
    expect(timelineFilter({ range: "forever" }).range).toBe("since_last_session");
  });

  test("a custom period needs two real dates in order", () => {
    expect(timelineFilter({ range: "custom", from: "2026-01-05", to: "2026-02-01" })).toMatchObject(
      { range: "custom", from: "2026-01-05", to: "2026-02-01", problem: null },
    );
    expect(timelineFilter({ range: "custom", from: "2026-02-30", to: "2026-03-01" })).toMatchObject(
      { range: "since_last_session", from: "", problem: expect.stringContaining("start date") },
    );
    expect(timelineFilter({ range: "custom", from: "2026-03-01", to: "2026-02-01" })).toMatchObject(
      { range: "since_last_session", problem: expect.stringContaining("on or after") },
    );
    expect(timelineFilter({ range: "custom", from: "2020-01-01", to: "2026-02-01" })).toMatchObject(
      { range: "since_last_session", problem: expect.stringContaining("two years") },
    );
    expect(timelineFilter({ range: "4w", from: "2026-01-01", to: "2026-02-01" })).toMatchObject({
      range: "4w",
      from: "",
      to: "",
    });
  });
});

describe("filterQuery", () => {
  test("writes back what the form would send", () => {
    const filter = timelineFilter({
      range: "custom",
      from: "2026-01-05",
      to: "2026-02-01",
      kind: ["micro_hurt", "bid"],
      partner: "1",
    });
    expect(filterQuery(filter)).toBe(
      "range=custom&from=2026-01-05&to=2026-02-01&kind=micro_hurt&kind=bid&partner=1",
    );
    expect(filterQuery(timelineFilter({ range: "all" }))).toBe("range=all");
  });
});

describe("filterSummary", () => {
  const partners = { 1: "Alex", 2: "Sam" } as const;

  test("says the filters in one line", () => {
    expect(filterSummary(timelineFilter({}), partners)).toBe(
      "Since last session · all kinds · both partners",
    );
    expect(
      filterSummary(timelineFilter({ range: "4w", kind: "bid", partner: "2" }), partners),
    ).toBe("4 weeks · Bids for connection · Sam only");
    expect(
      filterSummary(
        timelineFilter({
          range: "custom",
          from: "2026-01-05",
          to: "2026-02-01",
          kind: ["bid", "csi4"],
        }),
        partners,
      ),
    ).toBe("Custom dates · 2 kinds · both partners");
  });
});
