import { describe, expect, it } from "vitest";
import { focusRules, MAX_FOCUS, suggestFocus } from "./focus";
import type { HighlightRule, TimelineHighlight } from "./types";
import { partners } from "./test-support";

const highlight = (
  rule: HighlightRule,
  extra: Partial<TimelineHighlight> = {},
): TimelineHighlight => ({
  rule,
  text: rule,
  because: rule,
  entryIds: [rule],
  positions: [1],
  severity: "attention",
  privateFrom: [],
  ...extra,
});

describe("suggestFocus", () => {
  it("puts safety first and keeps at most three, in the table's order", () => {
    const found = suggestFocus(
      [
        highlight("same_moment", { severity: "info" }),
        highlight("pursuer_pattern"),
        highlight("repeated_story", { topic: "I'm not a priority" }),
        highlight("safety_flag", { severity: "urgent" }),
      ],
      partners,
    );
    expect(found).toEqual([
      { text: "Check in about safety first, individually", from: ["safety_flag"], privateFrom: [] },
      {
        text: "Slow down the pursue–withdraw cycle: map a recent moment together, name each partner's softer emotion and need",
        from: ["pursuer_pattern"],
        privateFrom: [],
      },
      {
        text: "Explore the story “I'm not a priority” and the attachment need under it",
        from: ["repeated_story"],
        privateFrom: [],
      },
    ]);
    expect(found).toHaveLength(MAX_FOCUS);
  });

  it("acknowledges a drop in satisfaction from either CSI-4 rule, naming whose", () => {
    const found = suggestFocus(
      [
        highlight("csi_cutoff", { positions: [2], direction: "down" }),
        highlight("csi_change", { positions: [1], direction: "down" }),
      ],
      partners,
    );
    expect(found).toEqual([
      {
        text: "Acknowledge the drop in Alex's and Sam's satisfaction and ask what has changed",
        from: ["csi_cutoff", "csi_change"],
        privateFrom: [],
      },
    ]);
  });

  it("turns a rise into naming what helped, not into a drop", () => {
    const found = suggestFocus(
      [highlight("csi_cutoff", { positions: [2], direction: "up" })],
      partners,
    );
    expect(found).toEqual([
      {
        text: "Name what has helped: Sam's satisfaction rose",
        from: ["csi_cutoff"],
        privateFrom: [],
      },
    ]);
  });

  it("practises a repair on the named moment and looks at a repeated category", () => {
    const found = suggestFocus(
      [
        highlight("repeated_category", { topic: "Tone" }),
        highlight("unrepaired", { topic: "Alex's moment of “Tone” on Nov 9" }),
      ],
      partners,
    );
    expect(found.map((f) => f.text)).toEqual([
      "Practise a repair on Alex's moment of “Tone” on Nov 9, step by step",
      "Look together at the “Tone” moments: what each partner needs when one happens",
    ]);
  });

  it("says whose private entries a focus line rests on: all of its highlights together", () => {
    const found = suggestFocus(
      [
        highlight("csi_cutoff", { positions: [2], direction: "down", privateFrom: [2] }),
        highlight("csi_change", { positions: [1], direction: "down", privateFrom: [] }),
        highlight("same_moment", { positions: [1, 2], privateFrom: [1] }),
        highlight("repeated_category", { topic: "Tone", privateFrom: [] }),
      ],
      partners,
    );
    expect(found.map((f) => [f.from, f.privateFrom])).toEqual([
      [["csi_cutoff", "csi_change"], [2]],
      [["repeated_category"], []],
      [["same_moment"], [1]],
    ]);
    const both = suggestFocus(
      [
        highlight("safety_flag", { privateFrom: [2] }),
        highlight("safety_flag", { privateFrom: [1] }),
      ],
      partners,
    );
    expect(both[0]?.privateFrom).toEqual([1, 2]);
  });

  it("meets each cycle pattern with its own focus: escalation, drift, or pursue–withdraw", () => {
    const texts = (...rules: HighlightRule[]) =>
      suggestFocus(
        rules.map((rule) => highlight(rule)),
        partners,
      ).map((f) => f.text);
    expect(texts("both_pursue")).toEqual([
      "Slow the escalation: both partners push, so check first that it stays safe, then find the hurt under each one's protest",
    ]);
    expect(texts("both_withdraw")).toEqual([
      "Name the quiet drift: both pull back, so little gets said; look for the longing under the distance",
    ]);
    const pursueWithdraw = suggestFocus(
      [highlight("pursuer_pattern"), highlight("withdrawer_pattern", { positions: [2] })],
      partners,
    );
    expect(pursueWithdraw).toHaveLength(1);
    expect(pursueWithdraw[0]?.from).toEqual(["pursuer_pattern", "withdrawer_pattern"]);
  });

  it("suggests nothing without highlights, and every rule names where it comes from", () => {
    expect(suggestFocus([], partners)).toEqual([]);
    for (const rule of focusRules) expect(rule.from.length).toBeGreaterThan(0);
  });
});
