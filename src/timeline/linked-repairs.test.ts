import { describe, expect, it } from "vitest";
import { getKind } from "~/homework/registry";
import { effectivePayload, type LatestUpdate } from "~/homework/stored-entry";
import type { KindKey } from "~/homework/types";
import { repairOf } from "./aggregates";
import { findHighlights } from "./highlights";
import { keyNumbers } from "./key-numbers";
import { withLinkedRepairs } from "./linked-repairs";
import { entry, twoWeeks } from "./test-support";
import type { PartnerPosition, TimelineEntry } from "./types";

/** A stored entry read as the timeline reads it: its version, then its latest update. */
function stored(
  id: string,
  kind: KindKey,
  position: PartnerPosition,
  at: string,
  schemaVersion: number,
  payload: Record<string, unknown>,
  update?: LatestUpdate,
): TimelineEntry {
  const effective = effectivePayload({ kind, schemaVersion, payload }, update);
  if (!effective) throw new Error(`unreadable ${id}`);
  return entry(id, kind, position, at, getKind(kind).metrics(effective), { payload: effective });
}

const base = {
  observation: "They looked at their phone while I talked.",
  category: "phone",
  feelings: ["hurt"],
  intensity: 6,
  raised: false,
  repaired: false,
};
const script = (hurtEntryId: string, landed?: boolean) => ({
  hurtEntryId,
  feelings: ["sad"],
  myReality: "I felt unseen.",
  partnerReality: "They were worried about work.",
  doDifferently: "Say it sooner.",
  closeness: 6,
  ...(landed === undefined ? {} : { landed }),
});
const BY_SCRIPT = "0b6f1e2a-3c4d-4e5f-8a9b-000000000001";
const NOT_LANDED = "0b6f1e2a-3c4d-4e5f-8a9b-000000000002";
const OPEN = "0b6f1e2a-3c4d-4e5f-8a9b-000000000003";
const laterOn = (payload: Record<string, unknown>): LatestUpdate => ({
  payload,
  createdAt: new Date("2026-11-12T10:00:00Z"),
});

// Logged on Nov 3, all "not repaired" when sent; the period ends Nov 16, so all are 7+ days old.
const hurts = {
  updated: stored(
    "updated",
    "micro_hurt",
    1,
    "2026-11-03T09:00:00Z",
    2,
    base,
    laterOn({
      raised: true,
      repaired: true,
      repairHow: "We talked it through",
      repairedAfter: { amount: 2, unit: "days" },
    }),
  ),
  byScript: stored(BY_SCRIPT, "micro_hurt", 1, "2026-11-04T09:00:00Z", 2, base),
  scriptNotLanded: stored(NOT_LANDED, "micro_hurt", 2, "2026-11-04T09:00:00Z", 2, base),
  stillOpen: stored(OPEN, "micro_hurt", 2, "2026-11-05T09:00:00Z", 2, { ...base, intensity: 8 }),
  oldBareNumber: stored("old", "micro_hurt", 1, "2026-11-05T09:00:00Z", 1, {
    ...base,
    repaired: true,
    minutesToRepair: 2,
  }),
};
const scripts = [
  stored("s-landed", "repair_script", 1, "2026-11-06T09:00:00Z", 2, script(BY_SCRIPT, true)),
  stored("s-not", "repair_script", 2, "2026-11-06T09:00:00Z", 2, script(NOT_LANDED, false)),
  // Another partner's script cannot repair Sam's hurt, even if it names it.
  stored("s-other", "repair_script", 1, "2026-11-06T10:00:00Z", 2, script(OPEN, true)),
  // Landed later, through its own update.
  stored(
    "s-later",
    "repair_script",
    2,
    "2026-11-07T09:00:00Z",
    2,
    script(NOT_LANDED),
    laterOn({
      landed: true,
      closeness: 8,
    }),
  ),
];

const all = withLinkedRepairs([...Object.values(hurts), ...scripts]);
const hurtsOnly = all.filter((e) => e.kind === "micro_hurt");

describe("repairs as they stand now", () => {
  it("counts a later update and a landed linked script of the same author as repairs", () => {
    const byId = new Map(all.map((e) => [e.id, e.metrics.repaired]));
    expect(Object.fromEntries(byId)).toMatchObject({
      updated: true,
      [BY_SCRIPT]: true,
      [NOT_LANDED]: true,
      [OPEN]: false,
      old: true,
    });
    expect(all.find((e) => e.id === BY_SCRIPT)?.metrics.repairedByScriptId).toBe("s-landed");
    expect(all.find((e) => e.id === NOT_LANDED)?.metrics.repairedByScriptId).toBe("s-later");
  });

  it("without the scripts, only the updated and the originally repaired hurts are repaired", () => {
    const alone = withLinkedRepairs(Object.values(hurts));
    expect(alone.filter((e) => e.metrics.repaired).map((e) => e.id)).toEqual(["updated", "old"]);
  });

  it("the repair share and the median rest on that state, with bare numbers left out", () => {
    expect(repairOf(hurtsOnly)).toEqual({
      logged: 5,
      answered: 5,
      repaired: 4,
      share: 4 / 5,
      medianMinutesToRepair: 2 * 24 * 60,
      timesWithoutUnit: 1,
    });
    const numbers = keyNumbers(all, [], { ...twoWeeks });
    expect(numbers).toMatchObject({
      repairRate: 4 / 5,
      medianMinutesToRepair: 2880,
      repairTimesWithoutUnit: 1,
      raisedShare: 1 / 5,
      landedShare: 3 / 4,
    });
  });

  it("the unrepaired rule names only the hurt still open", () => {
    const highlights = findHighlights({ ...twoWeeks, entries: all }).filter(
      (h) => h.rule === "unrepaired",
    );
    expect(highlights.map((h) => h.entryIds)).toEqual([[OPEN]]);
    const before = findHighlights({
      ...twoWeeks,
      entries: [...Object.values(hurts)].map((h) =>
        stored(h.id, "micro_hurt", h.position, h.occurredAt.toISOString(), 2, base),
      ),
    }).filter((h) => h.rule === "unrepaired");
    expect(before.flatMap((h) => h.entryIds).sort()).toEqual(
      [BY_SCRIPT, NOT_LANDED, "old", OPEN, "updated"].sort(),
    );
  });
});
