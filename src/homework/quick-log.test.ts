import { describe, expect, test } from "vitest";
import { fieldsOf } from "./conditional-fields";
import { microHurt } from "./micro-hurt";
import { parseEntryPayload } from "./registry";
import { effectivePayload, entrySummary, readStoredPayload } from "./stored-entry";
import { homeworkKinds } from "./registry";
import { storedPayload } from "./test-support";

const quickAnswers = {
  observation: "They laughed when I said I was nervous about the interview.",
  category: "joke_cut",
  intensity: 7,
};

const stored = (payload: Record<string, unknown>, schemaVersion = microHurt.version) => ({
  kind: "micro_hurt",
  schemaVersion,
  payload,
  quick: true,
});

describe("micro-hurt quick log (version 3)", () => {
  test("asks what happened, what kind of moment and how intense: three questions", () => {
    const quick = microHurt.quick;
    const asked = fieldsOf(quick?.sections ?? []).filter((field) => !field.showWhen);
    expect(asked.map((field) => field.name)).toEqual(["observation", "category", "intensity"]);
    expect(asked.every((field) => field.required)).toBe(true);
  });

  test("a quick log alone is a valid entry, summarised without a repair it never said", () => {
    expect(storedPayload(microHurt, quickAnswers)).toEqual(quickAnswers);
    const payload = microHurt.schema.parse(quickAnswers);
    expect(microHurt.summary(payload)).toBe("A joke that landed as a cut · intensity 7");
    expect(microHurt.metrics(payload)).toEqual({
      category: "joke_cut",
      intensity: 7,
      story: undefined,
    });
    expect(microHurt.metrics(payload)).not.toHaveProperty("repaired");
    expect(microHurt.metrics(payload)).not.toHaveProperty("raised");
  });

  test("says it was a quick log wherever its summary is read", () => {
    expect(entrySummary(stored(quickAnswers)).line).toBe(
      "Quick log · A joke that landed as a cut · intensity 7",
    );
    expect(entrySummary({ ...stored(quickAnswers), quick: false }).line).toBe(
      "A joke that landed as a cut · intensity 7",
    );
  });

  test("the rest it asks later is every other question of the full form", () => {
    const quickFields = fieldsOf(microHurt.quick?.sections ?? []).map((field) => field.name);
    const rest = fieldsOf(microHurt.quick?.complete.sections ?? []).map((field) => field.name);
    const full = fieldsOf(microHurt.sections).map((field) => field.name);
    expect([...quickFields, ...rest].sort()).toEqual([...full].sort());
    expect(microHurt.later?.fields).toEqual(rest);
  });

  test("completed later: the entry reads with the rest, and the original stays three answers", () => {
    const completion = {
      feelings: ["embarrassed", "hurt"],
      story: "too_much",
      raised: true,
      repaired: true,
      repairedAfter: { amount: 1, unit: "days" },
    };
    const update = { payload: completion, createdAt: new Date("2026-11-20T10:00:00Z") };
    const now = effectivePayload(stored(quickAnswers), update);
    expect(now).toEqual({ ...quickAnswers, ...completion });
    expect(readStoredPayload(stored(quickAnswers))).toEqual(quickAnswers);
    expect(microHurt.metrics(microHurt.schema.parse(now))).toMatchObject({
      repaired: true,
      raised: true,
      minutesToRepair: 1440,
    });
    expect(entrySummary(stored(quickAnswers), update).line).toBe(
      "Quick log · A joke that landed as a cut · intensity 7 · repaired after 1 day",
    );
  });

  test("a version 2 entry keeps its feelings under an update written before version 3", () => {
    const v2 = { ...quickAnswers, feelings: ["hurt"], raised: false, repaired: false };
    const entry = { kind: "micro_hurt", schemaVersion: 2, payload: v2 };
    const oldUpdate = {
      payload: { raised: true, repaired: true },
      createdAt: new Date("2026-11-20T10:00:00Z"),
      schemaVersion: 2,
    };
    expect(effectivePayload(entry, oldUpdate)).toEqual({ ...v2, raised: true, repaired: true });
    // An update written now carries every later field, so it replaces them all.
    const newUpdate = { ...oldUpdate, schemaVersion: 3, payload: { raised: true, repaired: true } };
    expect(effectivePayload(entry, newUpdate)).toEqual({
      ...quickAnswers,
      raised: true,
      repaired: true,
    });
  });

  test("older versions stay readable, and still needed what their forms required", () => {
    const v2 = { ...quickAnswers, feelings: ["hurt"], raised: false, repaired: false };
    expect(readStoredPayload({ kind: "micro_hurt", schemaVersion: 2, payload: v2 })).toEqual(v2);
    expect(
      readStoredPayload({ kind: "micro_hurt", schemaVersion: 2, payload: quickAnswers }),
    ).toBeNull();
    expect(parseEntryPayload("micro_hurt", 2, v2)).toMatchObject({ success: false });
  });
});

describe("every kind's form", () => {
  const normalised = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z ]/g, "")
      .trim();
  test.each(Object.values(homeworkKinds).map((kind) => [kind.key, kind] as const))(
    "%s: no section heading repeats its first question",
    (_key, kind) => {
      for (const section of kind.sections) {
        const first = section.fields[0];
        if (!section.title || !first) continue;
        expect(normalised(first.label)).not.toBe(normalised(section.title));
      }
    },
  );

  test.each(Object.values(homeworkKinds).map((kind) => [kind.key, kind] as const))(
    "%s: a quick form's questions are all in the full form, and its rest can be given later",
    (_key, kind) => {
      if (!kind.quick) return;
      const full = fieldsOf(kind.sections);
      for (const field of fieldsOf(kind.quick.sections)) expect(full).toContainEqual(field);
      const rest = fieldsOf(kind.quick.complete.sections).map((field) => field.name);
      expect(kind.later?.fields).toEqual(expect.arrayContaining(rest));
    },
  );
});
