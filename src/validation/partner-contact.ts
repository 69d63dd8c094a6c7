import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

export const PHONE_MAX = 30;
export const EMERGENCY_CONTACT_MAX = 200;

/** A phone number as people write it: digits, spaces, + ( ) and -. Empty means none. */
const phoneSchema = z
  .string()
  .trim()
  .max(PHONE_MAX, `Keep the phone number under ${PHONE_MAX} characters.`)
  .regex(
    /^(\+?[\d\s()-]*\d[\d\s()-]*)?$/,
    "Use only digits, spaces and + ( ) -, for example +1 (555) 010-0199.",
  )
  .transform((value) => (value === "" ? null : value));

/** Who to call and how: free text, short. Empty means none. */
const emergencyContactSchema = z
  .string()
  .trim()
  .max(EMERGENCY_CONTACT_MAX, `Keep this under ${EMERGENCY_CONTACT_MAX} characters.`)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
  .transform((value) => (value === "" ? null : value));

/** A partner's own choices about email and being reached (partner settings page). */
export const partnerContactInput = z.object({
  discreetEmails: z.boolean({ error: "Choose how emails should look." }),
  phone: phoneSchema,
  emergencyContact: emergencyContactSchema,
});
export type PartnerContactInput = z.infer<typeof partnerContactInput>;
