import { describe, expect, test } from "vitest";
import { repairPhraseGroups } from "./repair-phrases";
import { examplePayload, repairScript } from "./repair-script";
import { fieldsOf } from "./conditional-fields";
import { readStoredPayload } from "./stored-entry";
import { payloadFieldErrors, storedPayload } from "./test-support";

const minimal = {
  hurtEntryId: "5b0f3d0e-8c1a-4c55-9a1e-2f4f7a9c1b23",
  feelings: ["sad"],
  myReality: "I felt dropped when the plan changed.",
  partnerReality: "They were trying to keep everyone happy.",
  myPart: "I sulked instead of saying so.",
  doDifferently: "Say it out loud the same evening.",
  landed: false,
  closeness: 3,
};

describe("repair script", () => {
  test("accepts the full example and summarises the outcome", () => {
    expect(storedPayload(repairScript, examplePayload)).toEqual(examplePayload);
    expect(repairScript.summary(examplePayload)).toBe(
      "Repair landed · closeness 7 · 3 phrases picked",
    );
    expect(repairScript.metrics(examplePayload)).toEqual({
      landed: true,
      closeness: 7,
      repairsEntryId: undefined,
    });
    expect(repairScript.metrics(repairScript.schema.parse(minimal)).repairsEntryId).toBe(
      minimal.hurtEntryId,
    );
  });

  test("accepts a linked micro-hurt in place of describing it", () => {
    expect(storedPayload(repairScript, minimal)).toEqual(minimal);
    const payload = repairScript.schema.parse(minimal);
    expect(repairScript.summary(payload)).toBe("Repair didn't land yet · closeness 3");
  });

  test("needs either a linked moment or a description of it", () => {
    const unlinked: Record<string, unknown> = { ...minimal };
    delete unlinked.hurtEntryId;
    expect(payloadFieldErrors(repairScript, unlinked)).toEqual({
      hurt: ["Describe the moment in a sentence, or pick one of your logged moments."],
    });
    expect(payloadFieldErrors(repairScript, { ...minimal, hurtEntryId: "entry-7" })).toEqual({
      hurtEntryId: ["Choose one of your logged moments, or leave this empty."],
    });
  });

  test("says what is missing from the guided steps and the outcome", () => {
    expect(payloadFieldErrors(repairScript, { hurt: "The birthday dinner." })).toEqual({
      feelings: ["Choose at least one feeling."],
      myReality: ["Write a few words about how it was for you."],
      partnerReality: ["Write a few words about how it may have been for your partner."],
      doDifferently: ["Write one thing you'll do differently."],
      closeness: ["Choose how close you feel, from 0 to 10."],
    });
  });

  test("refuses closeness outside 0–10 and phrases from another group", () => {
    expect(payloadFieldErrors(repairScript, { ...minimal, closeness: 11 })).toEqual({
      closeness: ["Choose how close you feel, from 0 to 10."],
    });
    expect(payloadFieldErrors(repairScript, { ...minimal, phrasesSorry: ["same_team"] })).toEqual({
      phrasesSorry: ["Choose from the list."],
    });
  });

  test("counts one phrase in the singular", () => {
    const payload = repairScript.schema.parse({ ...minimal, phrasesStopAction: ["press_pause"] });
    expect(repairScript.summary(payload)).toBe(
      "Repair didn't land yet · closeness 3 · 1 phrase picked",
    );
  });

  test("offers the six Gottman groups of repair attempts, each phrase once", () => {
    expect(repairPhraseGroups.map((group) => group.label)).toEqual([
      "I feel",
      "Sorry",
      "Getting to yes",
      "I need to calm down",
      "Stop action",
      "I appreciate",
    ]);
    const labels = repairPhraseGroups.flatMap((group) => group.options.map((o) => o.label));
    expect(new Set(labels).size).toBe(labels.length);
  });

  test("does not require my part, nor whether it landed yet", () => {
    const withoutBoth: Record<string, unknown> = { ...minimal };
    delete withoutBoth.myPart;
    delete withoutBoth.landed;
    expect(storedPayload(repairScript, withoutBoth)).toEqual(withoutBoth);
    expect(repairScript.summary(repairScript.schema.parse(withoutBoth))).toBe(
      "Not yet said whether it landed · closeness 3",
    );
    expect(fieldsOf(repairScript.sections).find((f) => f.name === "myPart")?.required).toBeFalsy();
  });

  test("asks what set me up from a short list, with words for “Something else”", () => {
    const setUp = { ...minimal, setUp: ["tiredness", "other"], partnerCould: "Ask me first." };
    expect(payloadFieldErrors(repairScript, setUp)).toEqual({
      setUpOther: ["Say in a few words what else set you up."],
    });
    const filled = { ...setUp, setUpOther: "A long drive" };
    expect(storedPayload(repairScript, filled)).toEqual(filled);
    expect(payloadFieldErrors(repairScript, { ...minimal, setUp: ["boredom"] })).toEqual({
      setUp: ["Choose from the list."],
    });
  });

  test("reads a version 1 script as it was written", () => {
    const v1 = { ...minimal, hurt: "The dinner." };
    expect(readStoredPayload({ kind: "repair_script", schemaVersion: 1, payload: v1 })).toEqual(v1);
  });

  test("lets its author say later whether it landed and how close they feel", () => {
    const later = repairScript.later;
    expect(later?.fields).toEqual(["landed", "closeness"]);
    expect(later?.schema.parse({ landed: true, closeness: 8 })).toEqual({
      landed: true,
      closeness: 8,
    });
    expect(later?.schema.safeParse({ landed: true, closeness: 8, myPart: "x" }).success).toBe(
      false,
    );
    expect(later?.schema.safeParse({ closeness: 8 }).success).toBe(false);
  });
});
