import { describe, expect, test } from "vitest";
import { buildTimeline } from "~/timeline/build-timeline";
import { bid, hurt, twoWeeks } from "~/timeline/test-support";
import {
  focusViews,
  highlightViews,
  laneView,
  periodLabel,
  previousPeriodLabel,
} from "./timeline-view";

const words = "They looked at their phone while I was telling them about the appointment.";

function timeline() {
  const built = buildTimeline({
    ...twoWeeks,
    entries: [
      hurt("before", 1, "2026-10-30T20:00:00Z"),
      hurt("h1", 1, "2026-11-03T21:00:00Z", {}, { quote: words, summary: "Phone · intensity 5" }),
      bid("b1", 2, "2026-11-03T08:00:00Z", "toward"),
      hurt("h2", 2, "2026-11-10T07:30:00Z", {}, { quote: words, summary: `Bid · ${words}` }),
    ],
    assignments: [],
  });
  return {
    ...built,
    highlights: [
      {
        rule: "unrepaired" as const,
        text: "Alex has 2 hurts still unrepaired",
        because: "A hurt not marked repaired 7 days or more after it happened.",
        entryIds: ["before", "h1"],
        positions: [1 as const],
        severity: "attention" as const,
        privateFrom: [1 as const],
      },
    ],
  };
}

describe("the timeline page's view of a timeline", () => {
  test("lanes hold the period's entries by day, oldest first, quoting words the summary lacks", () => {
    const days = laneView(timeline());
    expect(days.map((d) => [d.date, d.entries.map((e) => e.id)])).toEqual([
      ["2026-11-03", ["b1", "h1"]],
      ["2026-11-10", ["h2"]],
    ]);
    const [b1, h1] = days[0]!.entries;
    expect(b1).toMatchObject({
      partnerName: "Sam",
      kindTitle: "Bids for connection",
      time: "8:00 AM",
    });
    expect(h1).toMatchObject({ position: 1, time: "9:00 PM", quote: words, shared: false });
    expect(days.map((d) => d.label)).toEqual(["Tue, Nov 3, 2026", "Tue, Nov 10, 2026"]);
    expect(days[1]!.entries[0]!.quote).toBeNull();
  });

  test("lanes write days and times in the practice's style", () => {
    const [first] = laneView({ ...timeline(), dateStyle: "international" });
    expect(first).toMatchObject({ label: "Tue 3 Nov 2026" });
    expect(first!.entries.map((e) => e.time)).toEqual(["08:00", "21:00"]);
  });

  test("a highlight links to its entries in the lanes and counts those from before the period", () => {
    const view = timeline();
    expect(highlightViews(view, laneView(view))).toEqual([
      expect.objectContaining({ entryIds: ["h1"], hiddenCount: 1, severity: "attention" }),
    ]);
  });

  test("a highlight or focus line resting on private entries says whose, in the partner's name", () => {
    const view = timeline();
    expect(highlightViews(view, laneView(view))[0]?.privateNote).toBe(
      "From Alex's private entries",
    );
    const shared = { ...view, highlights: [{ ...view.highlights[0]!, privateFrom: [] }] };
    expect(highlightViews(shared, laneView(shared))[0]?.privateNote).toBeNull();
    const focus = focusViews({
      ...view,
      focus: [
        {
          text: "Check in about safety first, individually",
          from: ["safety_flag"],
          privateFrom: [1, 2],
        },
        { text: "Name what has helped", from: ["csi_change"], privateFrom: [] },
      ],
    });
    expect(focus).toEqual([
      {
        text: "Check in about safety first, individually",
        privateNote: "From both partners' private entries",
      },
      { text: "Name what has helped", privateNote: null },
    ]);
  });

  test("periods read as calendar days, the previous one ending the day before", () => {
    const us = timeline();
    expect(periodLabel(us, "2026-11-02", "2026-11-15")).toBe("Nov 2, 2026 – Nov 15, 2026");
    expect(periodLabel(us, "2026-11-02", "2026-11-02")).toBe("Nov 2, 2026");
    expect(previousPeriodLabel(us, "2026-11-02")).toBe("Oct 19, 2026 – Nov 1, 2026");
    const international = { ...us, dateStyle: "international" as const };
    expect(previousPeriodLabel(international, "2026-11-02")).toBe("19 Oct 2026 – 1 Nov 2026");
  });
});
