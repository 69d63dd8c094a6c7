import { describe, expect, test } from "vitest";
import type { KeyNumbers } from "./types";
import { keyNumberRows } from "./key-number-rows";

const empty: KeyNumbers = {
  hurts: 0,
  hurtsAnswered: 0,
  repairRate: null,
  medianMinutesToRepair: null,
  repairTimesWithoutUnit: 0,
  raisedShare: null,
  landedShare: null,
  meanCloseness: null,
  towardShare: { made: null, received: null },
  turnedToward: { bidsToward: 0, connectionMoments: 0, total: 0 },
  connectionCloseness: null,
  csi: { 1: null, 2: null },
  completion: { 1: null, 2: null },
};
const partners = { 1: "Alex", 2: "Sam" } as const;

describe("keyNumberRows", () => {
  test("shows each number of this period beside the previous one, with the change in words", () => {
    const current: KeyNumbers = {
      hurts: 7,
      hurtsAnswered: 7,
      repairRate: 0.571,
      medianMinutesToRepair: 150,
      repairTimesWithoutUnit: 2,
      raisedShare: 0.25,
      landedShare: 0.5,
      meanCloseness: 6.5,
      towardShare: { made: 0.7, received: 0.9 },
      turnedToward: { bidsToward: 5, connectionMoments: 4, total: 9 },
      connectionCloseness: 7.25,
      csi: { 1: 14, 2: 11 },
      completion: { 1: 1, 2: 0.5 },
    };
    const previous: KeyNumbers = {
      hurts: 4,
      hurtsAnswered: 4,
      repairRate: 0.5,
      medianMinutesToRepair: 180,
      repairTimesWithoutUnit: 0,
      raisedShare: 0.5,
      landedShare: null,
      meanCloseness: 5,
      towardShare: { made: 0.7, received: null },
      turnedToward: { bidsToward: 3, connectionMoments: 0, total: 3 },
      connectionCloseness: null,
      csi: { 1: 12, 2: null },
      completion: { 1: 0.99, 2: 0.75 },
    };
    const rows = keyNumberRows({ current, previous }, partners);
    expect(rows.map((r) => [r.id, r.label, r.current, r.previous, r.change])).toEqual([
      ["hurts", "Micro-hurts logged", "7", "4", "up 3"],
      ["repair-rate", "Hurts repaired", "57%", "50%", "up 7 points"],
      ["time-to-repair", "Median time to repair", "2 h 30 min", "3 h", "shorter by 30 min"],
      ["raised", "Hurts raised with partner", "25%", "50%", "down 25 points"],
      ["landed", "Repair scripts that landed", "50%", "—", null],
      ["closeness", "Closeness after a repair script (0–10)", "6.5", "5", "up 1.5"],
      ["toward-made", "Bids made: turned toward", "70%", "70%", "no change"],
      ["toward-received", "Bids received: turned toward", "90%", "—", null],
      ["turned-toward", "Turned toward: bids met toward and connection moments", "9", "3", "up 6"],
      ["connection-closeness", "Closeness after a connection moment (0–10)", "7.3", "—", null],
      ["csi-1", "CSI-4, Alex (latest)", "14", "12", "up 2"],
      ["csi-2", "CSI-4, Sam (latest)", "11", "—", null],
      ["completion-1", "Homework done, Alex", "100%", "99%", "up 1 point"],
      ["completion-2", "Homework done, Sam", "50%", "75%", "down 25 points"],
    ]);
  });

  test("says how many repair times were left out of the median for want of a unit", () => {
    const one = { ...empty, repairTimesWithoutUnit: 1 };
    const rows = keyNumberRows({ current: one, previous: empty }, partners);
    expect(rows.find((r) => r.id === "time-to-repair")?.note).toBe(
      "1 time given without a unit left out",
    );
    const none = keyNumberRows({ current: empty, previous: one }, partners);
    expect(none.find((r) => r.id === "time-to-repair")).not.toHaveProperty("note");
  });

  test("an empty period shows dashes and no change, and zero counts as numbers", () => {
    const rows = keyNumberRows({ current: empty, previous: empty }, partners);
    const counts = ["hurts", "turned-toward"];
    for (const row of rows.filter((r) => counts.includes(r.id)))
      expect(row).toMatchObject({ current: "0", previous: "0", change: "no change" });
    const others = rows.filter((r) => !counts.includes(r.id));
    expect(others.every((r) => r.current === "—" && r.change === null)).toBe(true);
  });

  test("names the two kinds of turned-toward signal the count adds up", () => {
    const current = { ...empty, turnedToward: { bidsToward: 1, connectionMoments: 2, total: 3 } };
    const rows = keyNumberRows({ current, previous: empty }, partners);
    expect(rows.find((r) => r.id === "turned-toward")?.note).toBe(
      "1 bid met toward, 2 connection moments",
    );
  });
});
