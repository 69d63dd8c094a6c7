import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";
import { requiredText } from "./common";

function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `Keep ${label} under ${max} characters.`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .nullish()
    .transform((value) => (value ? value : null));
}

export const profileInput = z.object({
  name: requiredText("your name", 80),
  credentials: optionalText("credentials", 60),
  pronouns: optionalText("pronouns", 30),
});
export type ProfileInput = z.infer<typeof profileInput>;
