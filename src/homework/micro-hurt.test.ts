import { describe, expect, test } from "vitest";
import { examplePayload, microHurt } from "./micro-hurt";
import { parseEntryPayload } from "./registry";
import { readStoredPayload } from "./stored-entry";
import { payloadFieldErrors, storedPayload } from "./test-support";
import { answerRows } from "./answers";

const minimal = {
  observation: "My partner sighed when I asked for help with the bins.",
  category: "dismissive_look",
  feelings: ["hurt"],
  intensity: 0,
  raised: false,
  repaired: false,
};

describe("micro-hurt log", () => {
  test("accepts the full example and summarises it in one line", () => {
    expect(storedPayload(microHurt, examplePayload)).toEqual(examplePayload);
    expect(microHurt.summary(examplePayload)).toBe(
      "Phone or distraction · intensity 6 · repaired after 2 hours",
    );
    expect(microHurt.metrics(examplePayload)).toEqual({
      category: "phone",
      intensity: 6,
      raised: false,
      repaired: true,
      minutesToRepair: 120,
      story: "not_a_priority",
    });
  });

  test("accepts the minimum a partner must answer", () => {
    const stored = storedPayload(microHurt, minimal);
    expect(stored).toEqual(minimal);
    expect(microHurt.summary(microHurt.schema.parse(minimal))).toBe(
      "A dismissive look or sigh · intensity 0 · not repaired yet",
    );
    const metrics = microHurt.metrics(microHurt.schema.parse(minimal));
    expect(metrics).toMatchObject({ repaired: false, story: undefined });
    expect(metrics).not.toHaveProperty("minutesToRepair");
  });

  test("says what is missing from an empty form: the three questions of the quick log", () => {
    expect(payloadFieldErrors(microHurt, {})).toEqual({
      observation: ["Describe what happened in a sentence or two."],
      category: ["Choose the kind of moment, or “Something else”."],
      intensity: ["Choose how intense it felt, from 0 to 10."],
    });
  });

  test.each([11, -1, 2.5, "6"])("refuses intensity %s with a readable message", (intensity) => {
    expect(payloadFieldErrors(microHurt, { ...minimal, intensity }).intensity).toEqual([
      "Choose how intense it felt, from 0 to 10.",
    ]);
  });

  test("limits the observation to 2,000 characters and ignores whitespace-only answers", () => {
    expect(payloadFieldErrors(microHurt, { ...minimal, observation: "a".repeat(2001) })).toEqual({
      observation: ["Keep this under 2,000 characters."],
    });
    expect(
      payloadFieldErrors(microHurt, { ...minimal, observation: "   \n " }).observation,
    ).toEqual(["Describe what happened in a sentence or two."]);
  });

  test("asks for words whenever “Something else” is picked", () => {
    const other = { ...minimal, category: "other", feelings: ["sad", "other"], story: "other" };
    expect(payloadFieldErrors(microHurt, other)).toEqual({
      categoryOther: ["Say in a few words what kind of moment it was."],
      feelingsOther: ["Name the other feeling in a word or two."],
      storyOther: ["Write the story in your own words, or choose one from the list."],
    });
    const filled = {
      ...other,
      categoryOther: "Plans made without me",
      feelingsOther: "left out",
      storyOther: "I'm an afterthought",
    };
    expect(storedPayload(microHurt, filled)).toEqual(filled);
    expect(microHurt.summary(microHurt.schema.parse(filled))).toBe(
      "Plans made without me · intensity 0 · not repaired yet",
    );
  });

  test("clears the repair details and other-texts when their question is answered otherwise", () => {
    const stored = storedPayload(microHurt, {
      ...minimal,
      categoryOther: "left over from a draft",
      repairHow: "We hugged",
      repairedAfter: { amount: -5, unit: "hours" },
    });
    expect(stored).toEqual(minimal);
  });

  test("keeps the repair details when it was repaired, within 30 days, in the unit given", () => {
    const after = { amount: 45, unit: "minutes" };
    const repaired = { ...minimal, repaired: true, repairHow: "We hugged", repairedAfter: after };
    expect(storedPayload(microHurt, repaired)).toEqual(repaired);
    expect(microHurt.summary(microHurt.schema.parse(repaired))).toContain(
      "repaired after 45 minutes",
    );
    const twoHours = microHurt.schema.parse({
      ...repaired,
      repairedAfter: { amount: 2, unit: "hours" },
    });
    expect(microHurt.metrics(twoHours).minutesToRepair).toBe(120);
    expect(
      microHurt.metrics(
        microHurt.schema.parse({ ...repaired, repairedAfter: { amount: 1, unit: "days" } }),
      ).minutesToRepair,
    ).toBe(1440);
    for (const tooLong of [
      { amount: 31, unit: "days" },
      { amount: 721, unit: "hours" },
    ]) {
      expect(
        payloadFieldErrors(microHurt, { ...repaired, repairedAfter: tooLong }).repairedAfter,
      ).toEqual(["Enter how long after, from 0 minutes up to 30 days."]);
    }
    const noTime = microHurt.schema.parse({ ...minimal, repaired: true });
    expect(microHurt.summary(noTime)).toBe("A dismissive look or sigh · intensity 0 · repaired");
  });

  test("treats untouched inputs as unanswered and collapses repeated picks", () => {
    const stored = storedPayload(microHurt, {
      ...minimal,
      needed: "",
      story: null,
      feelings: ["hurt", "hurt", "lonely"],
    });
    expect(stored).toEqual({ ...minimal, feelings: ["hurt", "lonely"] });
  });

  test("refuses values outside its lists", () => {
    expect(payloadFieldErrors(microHurt, { ...minimal, category: "rudeness" }).category).toEqual([
      "Choose the kind of moment, or “Something else”.",
    ]);
    expect(payloadFieldErrors(microHurt, { ...minimal, feelings: ["meh"] }).feelings).toEqual([
      "Choose from the list.",
    ]);
  });

  test("asks for the unit: a bare number or a missing unit is refused", () => {
    const repaired = { ...minimal, repaired: true };
    expect(payloadFieldErrors(microHurt, { ...repaired, repairedAfter: { amount: 2 } })).toEqual({
      repairedAfter: ["Choose minutes, hours or days."],
    });
    expect(
      payloadFieldErrors(microHurt, { ...repaired, repairedAfter: { amount: 2, unit: null } }),
    ).toEqual({ repairedAfter: ["Choose minutes, hours or days."] });
    expect(parseEntryPayload("micro_hurt", 3, { ...repaired, minutesToRepair: 2 })).toEqual({
      success: false,
      error: { formErrors: ["This form has no field called minutesToRepair."], fieldErrors: {} },
    });
  });

  test("reads a version 1 answer as given, with no unit, and leaves it out of the minutes", () => {
    const stored = { ...minimal, repaired: true, minutesToRepair: 2 };
    const read = readStoredPayload({ kind: "micro_hurt", schemaVersion: 1, payload: stored });
    expect(read).toEqual({ ...minimal, repaired: true, repairedAfter: { amount: 2, unit: null } });
    const payload = microHurt.schema.parse({ ...minimal, repaired: true });
    const reading = { ...payload, repairedAfter: { amount: 2, unit: null } };
    expect(microHurt.summary(reading)).toBe(
      "A dismissive look or sigh · intensity 0 · repaired after 2 — unit not recorded",
    );
    expect(microHurt.metrics(reading)).toMatchObject({
      repaired: true,
      repairTimeWithoutUnit: true,
    });
    expect(microHurt.metrics(reading)).not.toHaveProperty("minutesToRepair");
    expect(answerRows(microHurt.sections, read ?? {})).toContainEqual({
      label: "How long after?",
      value: "2 — unit not recorded",
    });
  });

  test("a version 1 entry is not read by the version 2 reader, nor the reverse", () => {
    const v2 = { ...minimal, repaired: true, repairedAfter: { amount: 2, unit: "hours" } };
    expect(readStoredPayload({ kind: "micro_hurt", schemaVersion: 1, payload: v2 })).toBeNull();
    expect(
      readStoredPayload({
        kind: "micro_hurt",
        schemaVersion: 2,
        payload: { ...minimal, minutesToRepair: 3 },
      }),
    ).toBeNull();
    expect(readStoredPayload({ kind: "micro_hurt", schemaVersion: 2, payload: v2 })).toEqual(v2);
  });

  test("lets its author update everything but the quick three later, each update whole", () => {
    const later = microHurt.later;
    expect(later?.fields).toEqual([
      "feelings",
      "feelingsOther",
      "story",
      "storyOther",
      "needed",
      "raised",
      "repaired",
      "repairHow",
      "repairedAfter",
    ]);
    // A full entry's update form asks the afterwards questions only.
    expect(later?.sections.flatMap((s) => s.fields).map((f) => f.name)).toEqual([
      "raised",
      "repaired",
      "repairHow",
      "repairedAfter",
    ]);
    const update = {
      raised: true,
      repaired: true,
      repairHow: "A hug",
      repairedAfter: { amount: 3, unit: "days" },
    };
    expect(later?.schema.parse(update)).toEqual(update);
    expect(later?.schema.parse({ ...update, feelings: ["sad"] })).toEqual({
      ...update,
      feelings: ["sad"],
    });
    for (const quickField of [{ intensity: 2 }, { observation: "x" }, { category: "tone" }])
      expect(later?.schema.safeParse({ ...update, ...quickField }).success).toBe(false);
    // Not repaired: the "how" and "when" of a draft are dropped, as on the form.
    expect(later?.schema.parse({ ...update, repaired: false })).toEqual({
      raised: true,
      repaired: false,
    });
    expect(later?.schema.safeParse({}).success).toBe(false);
    expect(later?.schema.safeParse({ feelings: ["other"] }).success).toBe(false);
  });
});
