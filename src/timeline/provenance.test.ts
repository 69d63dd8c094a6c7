import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { isPrivateEntry, provenanceNote } from "./provenance";
import { csi, cycle, hurt, partners, twoWeeks } from "./test-support";

const shared = { visibility: "shared" as const };
const tone = (id: string, position: 1 | 2, day: string, extra = {}) =>
  hurt(id, position, `2026-11-${day}T09:00:00Z`, { category: "tone", repaired: true }, extra);

const build = (entries: Parameters<typeof buildTimeline>[0]["entries"]) =>
  buildTimeline({ ...twoWeeks, entries, assignments: [] });

describe("provenance of highlights and focus", () => {
  it("marks a highlight resting on any private entry with its author's name", () => {
    const { highlights, focus } = build([
      tone("a", 1, "03", shared),
      tone("b", 1, "05", shared),
      tone("c", 1, "07"),
    ]);
    const [repeated] = highlights;
    expect(repeated).toMatchObject({ rule: "repeated_category", privateFrom: [1] });
    expect(provenanceNote(repeated!.privateFrom, partners)).toBe("from Alex's private entries");
    expect(focus).toEqual([
      expect.objectContaining({ from: ["repeated_category"], privateFrom: [1] }),
    ]);
  });

  it("leaves a highlight unmarked when every entry behind it was shared", () => {
    const { highlights, focus } = build([
      tone("a", 2, "03", shared),
      tone("b", 2, "05", shared),
      tone("c", 2, "07", shared),
    ]);
    expect(highlights.map((h) => h.privateFrom)).toEqual([[]]);
    expect(focus.map((f) => f.privateFrom)).toEqual([[]]);
    expect(provenanceNote([], partners)).toBeNull();
  });

  it("names both partners when each one's private entries are behind it", () => {
    const { highlights } = build([
      cycle("m1", 1, "2026-11-05T20:00:00Z", "pursue"),
      cycle("m2", 2, "2026-11-05T22:00:00Z", "withdraw"),
    ]);
    const moment = highlights.find((h) => h.rule === "same_moment");
    expect(moment?.privateFrom).toEqual([1, 2]);
    expect(provenanceNote(moment!.privateFrom, partners)).toBe(
      "from both partners' private entries",
    );
  });

  it("counts a flagged entry or a CSI-4 as private even where an old row says shared", () => {
    expect(isPrivateEntry(tone("x", 1, "03", shared))).toBe(false);
    expect(isPrivateEntry(tone("y", 1, "03", { ...shared, safetyFlag: true }))).toBe(true);
    expect(isPrivateEntry(csi("z", 2, "2026-11-03T09:00:00Z", 12, shared))).toBe(true);
    const { highlights } = build([
      csi("s1", 2, "2026-11-03T09:00:00Z", 18, shared),
      csi("s2", 2, "2026-11-10T09:00:00Z", 12, shared),
    ]);
    expect(highlights).toEqual([expect.objectContaining({ rule: "csi_cutoff", privateFrom: [2] })]);
  });

  it("looks at entries from before the period that a highlight rests on", () => {
    const { highlights } = build([
      tone("old", 1, "01", {}),
      tone("a", 1, "03", shared),
      tone("b", 1, "05", shared),
    ]);
    expect(highlights[0]).toMatchObject({ entryIds: ["old", "a", "b"], privateFrom: [1] });
  });
});
