import { describe, expect, test } from "vitest";
import { entry, partners } from "~/timeline/test-support";
import { payloads } from "~/test/timeline-factories";
import { cycleSides } from "./prep-cycle";

const map = (id: string, position: 1 | 2, at: string, role: "pursue" | "withdraw", extra = {}) =>
  entry(
    id,
    "cycle_map",
    position,
    at,
    { role },
    {
      payload: { ...payloads.cycle(`trigger ${id}`, role), ...extra },
    },
  );

describe("cycleSides", () => {
  test("each partner's most frequent role, drawn from their latest map in it", () => {
    const [alex, sam] = cycleSides(
      [
        map("a1", 1, "2026-03-02T20:00:00Z", "pursue", { toldAboutMe: "Older words." }),
        map("a2", 1, "2026-03-04T20:00:00Z", "withdraw"),
        map("a3", 1, "2026-03-06T20:00:00Z", "pursue", {
          pursueMoves: ["protest", "other"],
          pursueMovesOther: "Sent five texts",
          toldAboutMe: "Nobody hears me unless I shout.",
        }),
        map("s1", 2, "2026-03-06T21:00:00Z", "withdraw"),
      ],
      partners,
    );
    expect(alex).toMatchObject({
      name: "Alex",
      maps: 3,
      pursued: 2,
      withdrew: 1,
      role: "pursue",
      move: "Pursued: protested, Sent five texts",
      toldThemselves: "Nobody hears me unless I shout.",
      softer: "lonely",
      need: "to feel close again",
      ending: "It faded without being talked about",
      from: { occurredAt: new Date("2026-03-06T20:00:00Z"), visibility: "private" },
    });
    expect(sam).toMatchObject({ role: "withdraw", move: "Withdrew: went quiet", maps: 1 });
  });

  test("a tie goes to the latest map's role; no maps, no side", () => {
    const [alex, sam] = cycleSides(
      [
        map("a1", 1, "2026-03-02T20:00:00Z", "pursue"),
        map("a2", 1, "2026-03-03T20:00:00Z", "withdraw"),
      ],
      partners,
    );
    expect(alex.role).toBe("withdraw");
    expect(sam).toMatchObject({ maps: 0, role: null, move: null, from: null });
  });

  test("says how the moment ended, in the partner's words for “Another way”", () => {
    const [alex] = cycleSides(
      [
        map("a1", 1, "2026-03-02T20:00:00Z", "pursue", {
          ending: "other",
          endingOther: "We laughed",
        }),
      ],
      partners,
    );
    expect(alex.ending).toBe("We laughed");
    const [, sam] = cycleSides([], partners);
    expect(sam.ending).toBeNull();
  });
});
