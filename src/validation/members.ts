import { z } from "zod";

const awayDate = (label: string) =>
  z
    .union([z.literal(""), z.iso.date(`Enter the ${label} as a date.`)])
    .nullish()
    .transform((value) => value || null);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A member's away dates (inclusive): both, or neither to say they are not away. */
export const memberAwayInput = z
  .object({
    userId: z
      .string({ error: "Choose a member." })
      .min(1, "Choose a member.")
      .max(64, "Choose a member."),
    awayFrom: awayDate("first day away"),
    awayUntil: awayDate("last day away"),
  })
  .superRefine((input, ctx) => {
    if (input.awayFrom && !input.awayUntil) {
      ctx.addIssue({
        code: "custom",
        path: ["awayUntil"],
        message: "Enter the last day away too, or clear both dates.",
      });
    }
    if (input.awayUntil && !input.awayFrom) {
      ctx.addIssue({
        code: "custom",
        path: ["awayFrom"],
        message: "Enter the first day away too, or clear both dates.",
      });
    }
    const isDate = (value: string | null) => value !== null && ISO_DATE.test(value);
    if (isDate(input.awayFrom) && isDate(input.awayUntil) && input.awayUntil! < input.awayFrom!) {
      ctx.addIssue({
        code: "custom",
        path: ["awayUntil"],
        message: "The last day away cannot be before the first.",
      });
    }
  });

export type MemberAwayInput = z.infer<typeof memberAwayInput>;
