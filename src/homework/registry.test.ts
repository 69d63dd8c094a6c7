import { describe, expect, test } from "vitest";
import { examplePayload as microHurtExample } from "./micro-hurt";
import { getKind, homeworkKinds, isKindKey, parseEntryPayload } from "./registry";
import { kindKeys } from "./types";

describe("homework registry", () => {
  test("holds every kind under its own key, at its current version", () => {
    expect(Object.keys(homeworkKinds).sort()).toEqual([...kindKeys].sort());
    const versions = Object.fromEntries(kindKeys.map((key) => [key, getKind(key).version]));
    expect(versions).toEqual({
      micro_hurt: 3,
      cycle_map: 2,
      repair_script: 2,
      bid: 1,
      soft_checkin: 1,
      csi4: 1,
      connection_moment: 1,
      ritual_tracker: 1,
      small_win: 1,
      reflection: 1,
    });
    for (const key of kindKeys) expect(getKind(key).key).toBe(key);
  });

  test("recognises kind keys and nothing else", () => {
    expect(isKindKey("micro_hurt")).toBe(true);
    expect(isKindKey("csi4")).toBe(true);
    expect(isKindKey("journal")).toBe(false);
    expect(isKindKey("toString")).toBe(false);
    expect(isKindKey(undefined)).toBe(false);
  });

  test("parses a valid payload into what is stored", () => {
    const withoutNeed = { ...microHurtExample };
    delete withoutNeed.needed;
    const result = parseEntryPayload("micro_hurt", 3, { ...microHurtExample, needed: "" });
    expect(result).toStrictEqual({ success: true, data: withoutNeed });
  });

  test("reports problems by field name, and entry-level problems apart", () => {
    const result = parseEntryPayload("micro_hurt", 3, {
      ...microHurtExample,
      intensity: 12,
      mood: "low",
    });
    expect(result).toEqual({
      success: false,
      error: {
        formErrors: ["This form has no field called mood."],
        fieldErrors: { intensity: ["Choose how intense it felt, from 0 to 10."] },
      },
    });
  });

  test("refuses an unknown kind, an outdated version and a payload that is not a form", () => {
    expect(parseEntryPayload("journal", 1, {})).toEqual({
      success: false,
      error: { formErrors: ["That kind of homework does not exist."], fieldErrors: {} },
    });
    expect(parseEntryPayload("bid", 2, {})).toEqual({
      success: false,
      error: {
        formErrors: ["This form has been updated since it was opened. Reload it to continue."],
        fieldErrors: {},
      },
    });
    expect(parseEntryPayload("bid", 1, "toward")).toEqual({
      success: false,
      error: { formErrors: ["Send the answers as a form."], fieldErrors: {} },
    });
  });
});
