import { describe, expect, test } from "vitest";
import { groupConsecutive } from "./group-events";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute));
const event = (id: number, action: string, minute: number, actorUserId: string | null = "u1") => ({
  id,
  action,
  actorUserId,
  coupleId: "c1",
  createdAt: at(minute),
});

describe("groupConsecutive", () => {
  test("folds a run of the same action by the same person on the same couple", () => {
    const groups = groupConsecutive([
      event(5, "timeline.viewed", 40),
      event(4, "timeline.viewed", 30),
      event(3, "timeline.viewed", 10),
      event(2, "entry.viewed", 5),
    ]);
    expect(groups.map((g) => [g.count, g.latest.id, g.earliest.id])).toEqual([
      [3, 5, 3],
      [1, 2, 2],
    ]);
  });

  test("keeps the order: a different event in between, or another person, starts a new row", () => {
    const groups = groupConsecutive([
      event(4, "timeline.viewed", 40),
      event(3, "entry.viewed", 30),
      event(2, "timeline.viewed", 20),
      event(1, "timeline.viewed", 10, "u2"),
    ]);
    expect(groups.map((g) => g.count)).toEqual([1, 1, 1, 1]);
  });
});
