import { z } from "zod";

/** A code as typed: an authenticator's six digits or a recovery code; checked by the server. */
export const secondFactorCodeInput = z.object({
  code: z
    .string({ error: "Enter the code." })
    .trim()
    .min(1, "Enter the code.")
    .max(32, "That code is too long. Enter the six digits from the app."),
});

export const requireSecondFactorInput = z.object({ required: z.boolean() });

export const resetSecondFactorInput = z.object({
  userId: z.string({ error: "Choose a member." }).min(1, "Choose a member.").max(64),
  recoveryCode: z
    .string()
    .trim()
    .max(32, "That is not a recovery code.")
    .optional()
    .transform((value) => value || undefined),
});
