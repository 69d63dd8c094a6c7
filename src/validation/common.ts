import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

const knownTimeZones = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .refine((value) => knownTimeZones.has(value), "Choose a time zone from the list.");

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@example.com."));

/** An email that may be left empty; empty becomes null. */
export const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => (value === "" ? null : value))
  .pipe(z.email("Enter a valid email address, or leave it empty.").nullable())
  .nullish()
  .transform((value) => value ?? null);

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} under ${max} characters.`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}

export const idSchema = z.uuid("That link or identifier is not valid.");

export function allTimeZones(): string[] {
  return [...knownTimeZones].sort();
}
