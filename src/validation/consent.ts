import { z } from "zod";
import { MAX_CONSENT_TEXT_LENGTH } from "~/domain/consent";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

/** A practice's own consent text: saved as a new version partners are asked to accept. */
export const consentTextInput = z.object({
  body: z
    .string({ error: "Write the consent text partners will read." })
    .trim()
    .min(20, "Write the consent text partners will read (at least a sentence).")
    .max(MAX_CONSENT_TEXT_LENGTH, "Keep the consent text under 5,000 characters.")
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
});

export type ConsentTextInput = z.infer<typeof consentTextInput>;
