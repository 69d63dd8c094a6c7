import { z } from "zod";
import { preparePayload, requireOtherTexts } from "./conditional-fields";
import { type DurationUnit, type Option, type Section, durationUnits } from "./types";

/** Zod building blocks with the messages a partner reads under a field. */

const count = (n: number) => n.toLocaleString("en-US");

export const tooLongMessage = (max: number) => `Keep this under ${count(max)} characters.`;

export const LONG_TEXT = 2000;
export const SHORT_TEXT = 500;
export const OTHER_TEXT = 200;

export function requiredText(max: number, missing: string) {
  return z.string({ error: missing }).trim().min(1, missing).max(max, tooLongMessage(max));
}

export function optionalText(max: number) {
  return z.string({ error: "Write this as text." }).trim().max(max, tooLongMessage(max)).optional();
}

type Values<O extends readonly Option[]> = [O[number]["value"], ...O[number]["value"][]];

/** The option values as the non-empty tuple z.enum wants. */
function valuesOf<const O extends readonly Option[]>(options: O): Values<O> {
  return options.map((option) => option.value) as Values<O>;
}

export function oneOf<const O extends readonly Option[]>(options: O, missing: string) {
  return z.enum(valuesOf(options), { error: missing });
}

/** Several of a list; repeated picks collapse to one. */
export function someOf<const O extends readonly Option[]>(
  options: O,
  { min = 0, missing }: { min?: number; missing: string },
) {
  return z
    .array(z.enum(valuesOf(options), { error: "Choose from the list." }), { error: missing })
    .min(min, missing)
    .transform((picked) => [...new Set(picked)]);
}

export function wholeNumber(min: number, max: number, message: string) {
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

export function yesNo(missing: string) {
  return z.boolean({ error: missing });
}

/** The first label of a value, for summaries; falls back to the value itself. */
export function labelOf(options: readonly Option[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

const unknownFieldsMessage = (keys: readonly string[]) =>
  `This form has no ${keys.length === 1 ? "field" : "fields"} called ${keys.join(", ")}.`;

/** A strict object whose form-level messages are readable too. */
export function payloadObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? unknownFieldsMessage(issue.keys)
        : "Send the answers as a form.",
  });
}

/**
 * The kind's schema: prepare the payload from the kind's own field definitions (empty and hidden
 * values dropped), validate, then require the words for every "Something else" picked.
 */
export function kindSchema<Output extends Record<string, unknown>>(
  sections: readonly Section[],
  schema: z.ZodType<Output>,
  otherTextMessages: Record<string, string> = {},
) {
  return z.preprocess(
    (input) => preparePayload(sections, input),
    schema.superRefine(requireOtherTexts(sections, otherTextMessages)),
  );
}

const MAX_DAYS = 30;
const maxAmount: Record<DurationUnit, number> = {
  minutes: MAX_DAYS * 24 * 60,
  hours: MAX_DAYS * 24,
  days: MAX_DAYS,
};

/**
 * How long something took, as the partner said it: an amount and the unit they chose. `unit` is
 * null only when reading an answer stored before the form asked for a unit; a submission must
 * name one.
 */
export function durationAnswer(message: string) {
  const unitMessage = "Choose minutes, hours or days.";
  return z
    .strictObject(
      {
        amount: z.number({ error: message }).int(message).min(0, message),
        unit: z.enum(durationUnits, { error: unitMessage }).nullable(),
      },
      { error: message },
    )
    .superRefine((answer, ctx) => {
      if (answer.unit === null) ctx.addIssue({ code: "custom", message: unitMessage });
      else if (answer.amount > maxAmount[answer.unit]) ctx.addIssue({ code: "custom", message });
    });
}

export type DurationAnswer = { amount: number; unit: DurationUnit | null };

const minutesPer: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

/** Minutes for an answer with a unit; null for a bare number whose unit was never recorded. */
export function durationMinutes(answer: DurationAnswer): number | null {
  return answer.unit === null ? null : answer.amount * minutesPer[answer.unit];
}

/** "2 hours", "1 day", or "2 — unit not recorded" for an answer from before units were asked. */
export function durationText(answer: DurationAnswer): string {
  if (answer.unit === null) return `${answer.amount} — unit not recorded`;
  const unit = answer.amount === 1 ? answer.unit.slice(0, -1) : answer.unit;
  return `${answer.amount} ${unit}`;
}
