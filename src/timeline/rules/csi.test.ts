import { describe, expect, it } from "vitest";
import { findHighlights } from "../highlights";
import { csi, twoWeeks } from "../test-support";
import type { TimelineEntry } from "../types";

const find = (entries: TimelineEntry[], csiCutoff = 13.5) =>
  findHighlights({ ...twoWeeks, csiCutoff, entries }).filter((h) => h.rule.startsWith("csi"));

const scores = (position: 1 | 2, ...pairs: [string, number][]) =>
  pairs.map(([day, score]) => csi(`${position}-${day}`, position, `2026-${day}T08:00:00Z`, score));

describe("CSI-4 change", () => {
  it("fires on a drop of 3 or more points between consecutive scores", () => {
    expect(find(scores(2, ["11-02", 20], ["11-09", 16]))).toEqual([
      {
        rule: "csi_change",
        text: "Sam's CSI-4 fell 4 points, from 20 on Nov 2 to 16 on Nov 9",
        because:
          "A change of 3 or more points between two consecutive CSI-4 scores of one partner: more than the measure's usual noise.",
        entryIds: ["2-11-02", "2-11-09"],
        positions: [2],
        severity: "attention",
        direction: "down",
      },
    ]);
  });

  it("notes a rise of 3 as information and ignores a change of 2", () => {
    const [rise] = find(scores(1, ["11-02", 7], ["11-09", 10]));
    expect(rise).toMatchObject({ rule: "csi_change", severity: "info", direction: "up" });
    expect(rise?.text).toBe("Alex's CSI-4 rose 3 points, from 7 on Nov 2 to 10 on Nov 9");
    expect(find(scores(1, ["11-02", 20], ["11-09", 18]))).toEqual([]);
  });

  it("compares the first score in the period with the one before it", () => {
    expect(find(scores(1, ["10-26", 18], ["11-05", 14]))).toHaveLength(1);
    expect(find(scores(1, ["10-20", 18], ["10-26", 14]))).toEqual([]);
    expect(find(scores(1, ["11-05", 14]))).toEqual([]);
  });

  it("compares each partner with themselves, not with the other", () => {
    expect(find([...scores(1, ["11-02", 20]), ...scores(2, ["11-09", 15])])).toEqual([]);
  });
});

describe("CSI-4 cut-off", () => {
  it("fires once when a score falls below the cut-off, however far it fell", () => {
    expect(find(scores(2, ["11-02", 16], ["11-09", 12]))).toEqual([
      {
        rule: "csi_cutoff",
        text: "Sam's CSI-4 fell below the distress cut-off of 13.5: 16 on Nov 2, 12 on Nov 9",
        because:
          "A CSI-4 score on the other side of the practice's distress cut-off (13.5) from the partner's previous score, in either direction.",
        entryIds: ["2-11-02", "2-11-09"],
        positions: [2],
        severity: "attention",
        direction: "down",
      },
    ]);
  });

  it("notes a rise above the cut-off, and treats a score at the cut-off as above it", () => {
    const [up] = find(scores(1, ["11-02", 13], ["11-09", 14]));
    expect(up).toMatchObject({ rule: "csi_cutoff", severity: "info", direction: "up" });
    expect(find(scores(1, ["11-02", 13], ["11-09", 14]), 14)).toMatchObject([
      { rule: "csi_cutoff", direction: "up" },
    ]);
    expect(find(scores(1, ["11-02", 15], ["11-09", 14]), 14)).toEqual([]);
  });
});

describe("CSI-4 slow decline", () => {
  const slide = (position: 1 | 2 = 2) =>
    scores(position, ["10-26", 21], ["11-02", 19], ["11-09", 17], ["11-15", 15]);

  it("fires on small falls in a row that add up, when no single step would", () => {
    expect(find(slide())).toEqual([
      {
        rule: "csi_decline",
        text: "Sam's CSI-4 slid 6 points over 4 scores, from 21 on Oct 26 to 15 on Nov 15 (21, 19, 17, 15)",
        because:
          "3 or more falls in a row across one partner's CSI-4 scores, 4 points or more in all: a slow slide, even when no single step is bigger than the measure's usual noise.",
        entryIds: ["2-10-26", "2-11-02", "2-11-09", "2-11-15"],
        positions: [2],
        severity: "attention",
        direction: "down",
      },
    ]);
  });

  it("lets a score stay level inside the slide, but a rise ends it", () => {
    const level = scores(
      1,
      ["11-02", 20],
      ["11-04", 19],
      ["11-06", 19],
      ["11-08", 18],
      ["11-10", 16],
    );
    expect(find(level).map((h) => h.rule)).toEqual(["csi_decline"]);
    const broken = scores(
      1,
      ["11-02", 21],
      ["11-04", 19],
      ["11-06", 20],
      ["11-08", 18],
      ["11-10", 17],
    );
    expect(find(broken)).toEqual([]);
  });

  it("needs three falls and four points, and the slide to reach into the period", () => {
    expect(find(scores(1, ["11-02", 21], ["11-09", 19], ["11-15", 17]))).toEqual([]);
    expect(find(scores(1, ["11-02", 20], ["11-05", 19], ["11-09", 18], ["11-15", 17]))).toEqual([]);
    const before = scores(1, ["10-20", 21], ["10-24", 19], ["10-27", 17], ["10-30", 15]);
    expect(find(before)).toEqual([]);
  });

  it("is reported beside a bigger step, each saying its own thing", () => {
    const steep = scores(2, ["11-02", 21], ["11-05", 19], ["11-09", 18], ["11-14", 14]);
    expect(find(steep).map((h) => h.rule)).toEqual(["csi_change", "csi_decline"]);
  });
});

describe("a practice's own CSI-4 cut-off", () => {
  it("says a crossing no longer matches the published norm when the cut-off is not 13.5", () => {
    const crossing = (cutoff: number) =>
      find(scores(1, ["11-02", 14], ["11-09", 12]), cutoff).find((h) => h.rule === "csi_cutoff");
    expect(crossing(13.5)?.because).not.toContain("published norm");
    expect(crossing(12.5)?.because).toContain(
      "This practice uses a CSI-4 cut-off of 12.5, not the published 13.5 (Funk & Rogge 2007)",
    );
  });
});
