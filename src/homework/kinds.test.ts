import { describe, expect, test } from "vitest";
import { examplePayload as bidExample } from "./bid";
import { examplePayload as connectionMomentExample } from "./connection-moment";
import { fieldsOf, isFieldVisible } from "./conditional-fields";
import { examplePayload as csi4Example } from "./csi4";
import { examplePayload as cycleMapExample } from "./cycle-map";
import { examplePayload as microHurtExample } from "./micro-hurt";
import { examplePayload as repairScriptExample } from "./repair-script";
import {
  examplePayload as reflectionExample,
  reviewExamplePayload as reflectionReviewExample,
} from "./reflection";
import { getKind } from "./registry";
import { readStoredPayload } from "./stored-entry";
import { examplePayload as ritualTrackerExample } from "./ritual-tracker";
import { tooLongMessage } from "./schema-parts";
import { examplePayload as smallWinExample } from "./small-win";
import { examplePayload as softCheckinExample } from "./soft-checkin";
import { payloadFieldErrors, storedPayload } from "./test-support";
import type { FieldDef, HomeworkKind } from "./types";

/** Every kind's field definitions and schema must agree: the form shows what the server accepts. */
const examples: { kind: HomeworkKind; example: Record<string, unknown> }[] = [
  { kind: getKind("micro_hurt"), example: microHurtExample },
  { kind: getKind("cycle_map"), example: cycleMapExample },
  { kind: getKind("repair_script"), example: repairScriptExample },
  { kind: getKind("bid"), example: bidExample },
  { kind: getKind("soft_checkin"), example: softCheckinExample },
  { kind: getKind("csi4"), example: csi4Example },
  { kind: getKind("connection_moment"), example: connectionMomentExample },
  { kind: getKind("ritual_tracker"), example: ritualTrackerExample },
  { kind: getKind("small_win"), example: smallWinExample },
  { kind: getKind("reflection"), example: reflectionExample },
  { kind: getKind("reflection"), example: reflectionReviewExample },
];

/** The example, changed so that `field` is shown (its controllers set to a value that shows it). */
function showing(kind: HomeworkKind, field: FieldDef, payload: Record<string, unknown>) {
  const condition = field.showWhen;
  if (!condition) return payload;
  const controller = fieldsOf(kind.sections).find(
    (candidate) => candidate.name === condition.field,
  );
  if (!controller) throw new Error(`${field.name} depends on a missing field`);
  const wanted = condition.equals[0];
  const value = controller.type === "multi" ? [wanted] : wanted;
  return showing(kind, controller, { ...payload, [controller.name]: value });
}

/**
 * The payload with every required question it now shows answered: a choice can bring its own
 * questions (the reflection's stage), which a valid answer must then fill.
 */
function completed(kind: HomeworkKind, payload: Record<string, unknown>) {
  const filled = { ...payload };
  for (const field of fieldsOf(kind.sections)) {
    if (!field.required || filled[field.name] !== undefined) continue;
    if (isFieldVisible(kind.sections, field, filled)) filled[field.name] = validValue(field);
  }
  return filled;
}

function validValue(field: FieldDef): unknown {
  switch (field.type) {
    case "text":
      return "x".repeat(field.maxLength);
    case "choice":
      return field.options.find((option) => option.value !== "other")?.value;
    case "multi":
      return field.options
        .filter((option) => option.value !== "other")
        .map((option) => option.value);
    case "scale":
      return field.max;
    case "boolean":
      return true;
    case "duration":
      return { amount: 90, unit: "minutes" };
    case "entryRef":
      return "0b6f1e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    case "coupleItem": {
      const item = { id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", label: "x".repeat(80) };
      if (field.itemType === "small_win") return field.multiple ? [item] : item;
      const ritual = { ...item, rhythm: "weekly" };
      return field.multiple ? [ritual] : ritual;
    }
  }
}

describe.each(examples)("$kind.key: form and schema agree", ({ kind, example }) => {
  const fields = fieldsOf(kind.sections);

  test("the example is valid and summarised on one short line", () => {
    expect(storedPayload(kind, example)).toEqual(example);
    const summary = kind.summary(example);
    expect(summary).not.toMatch(/\n/);
    expect(summary.length).toBeLessThanOrEqual(120);
  });

  // The timeline takes answers stored under the current version as they are (`currentAsWritten`):
  // that holds only while reading the schema's own output through it again changes nothing.
  test("stored answers read back through the schema unchanged", () => {
    for (const answers of [example, completed(kind, example)]) {
      // As it comes back from the jsonb column.
      const stored = JSON.parse(JSON.stringify(storedPayload(kind, answers))) as Record<
        string,
        unknown
      >;
      const entry = { kind: kind.key, schemaVersion: kind.version, payload: stored };
      expect(readStoredPayload(entry)).toEqual(stored);
      expect(readStoredPayload(entry, { currentAsWritten: true })).toBe(stored);
    }
  });

  test("field names are unique and every field has a label", () => {
    expect(new Set(fields.map((field) => field.name)).size).toBe(fields.length);
    for (const field of fields) expect(field.label.trim()).not.toBe("");
  });

  test.each(fields.map((field) => [field.name, field] as const))(
    "%s: a shown, filled-in answer is accepted and kept",
    (_name, field) => {
      const payload = completed(kind, {
        ...showing(kind, field, example),
        [field.name]: validValue(field),
      });
      expect(storedPayload(kind, payload)[field.name]).toEqual(validValue(field));
    },
  );

  test.each(fields.filter((field) => field.required).map((field) => [field.name, field] as const))(
    "%s: required, so leaving it empty while shown is reported on it",
    (_name, field) => {
      const payload = { ...showing(kind, field, example), [field.name]: undefined };
      expect(payloadFieldErrors(kind, payload)[field.name]?.[0]).toMatch(/\S/);
    },
  );

  const texts = fields.filter((field) => field.type === "text");
  test.each(texts.map((field) => [field.name, field] as const))(
    "%s: longer than its maxLength is refused with a readable message",
    (_name, field) => {
      if (field.type !== "text") return;
      const payload = {
        ...showing(kind, field, example),
        [field.name]: "x".repeat(field.maxLength + 1),
      };
      expect(payloadFieldErrors(kind, payload)[field.name]).toEqual([
        tooLongMessage(field.maxLength),
      ]);
    },
  );

  test("every option of every list is accepted", () => {
    for (const field of fields) {
      if (field.type !== "choice" && field.type !== "multi") continue;
      for (const option of field.options) {
        const value = field.type === "multi" ? [option.value] : option.value;
        const other = field.otherField ? { [field.otherField]: "in my words" } : {};
        const payload = completed(kind, {
          ...showing(kind, field, example),
          [field.name]: value,
          ...other,
        });
        expect(payloadFieldErrors(kind, payload)).toEqual({});
      }
    }
  });
});
