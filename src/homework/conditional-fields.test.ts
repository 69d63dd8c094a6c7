import { describe, expect, test } from "vitest";
import { fieldsOf, isFieldVisible, preparePayload } from "./conditional-fields";
import { cycleMap } from "./cycle-map";
import { microHurt } from "./micro-hurt";

const fieldNamed = (name: string) => {
  const field = fieldsOf(cycleMap.sections).find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
};

describe("conditional fields", () => {
  test("a field shows when its controller holds one of the listed values", () => {
    const repairHow = fieldsOf(microHurt.sections).find((field) => field.name === "repairHow");
    if (!repairHow) throw new Error("no repairHow");
    expect(isFieldVisible(microHurt.sections, repairHow, { repaired: true })).toBe(true);
    expect(isFieldVisible(microHurt.sections, repairHow, { repaired: false })).toBe(false);
    expect(isFieldVisible(microHurt.sections, repairHow, {})).toBe(false);
  });

  test("a multi field shows its other-text when “other” is among the picks", () => {
    const values = { role: "pursue", pursueMoves: ["protest", "other"] };
    expect(isFieldVisible(cycleMap.sections, fieldNamed("pursueMovesOther"), values)).toBe(true);
  });

  test("a field is hidden when the field it depends on is hidden", () => {
    const stale = { role: "withdraw", pursueMoves: ["other"], pursueMovesOther: "kept texting" };
    expect(isFieldVisible(cycleMap.sections, fieldNamed("pursueMovesOther"), stale)).toBe(false);
    expect(preparePayload(cycleMap.sections, stale)).toEqual({ role: "withdraw" });
  });

  test("leaves anything that is not a form for the schema to refuse", () => {
    expect(preparePayload(cycleMap.sections, ["a"])).toEqual(["a"]);
    expect(preparePayload(cycleMap.sections, null)).toBeNull();
  });
});
