import { z } from "zod";
import { coupleStatuses } from "~/domain/couple";
import { optionalEmailSchema, requiredText, timeZoneSchema } from "./common";

export const coupleStatusSchema = z.enum(coupleStatuses, {
  error: "Choose a status: active, paused or discharged.",
});

const partnerInput = z.object({
  displayName: requiredText("a display name", 80),
  email: optionalEmailSchema,
});

const partnerEmails = z.object({
  partners: z.tuple([
    z.object({ email: optionalEmailSchema }),
    z.object({ email: optionalEmailSchema }),
  ]),
});

export const coupleDetailsInput = z
  .object({
    label: requiredText("a label for the couple", 120),
    timeZone: timeZoneSchema,
    partners: z.tuple([partnerInput, partnerInput], { error: "A couple has two partners." }),
  })
  .refine(
    // Each partner's personal link is sent to their own address, so two partners cannot share one.
    ({ partners: [a, b] }) => a.email === null || a.email !== b.email,
    {
      message: "Each partner needs their own email address.",
      path: ["partners", 1, "email"],
      // Check even while other fields are still wrong, so every problem shows at once.
      when: (payload) => partnerEmails.safeParse(payload.value).success,
    },
  );

export const createCoupleInput = coupleDetailsInput.and(
  z.object({
    therapistUserId: z
      .string({ error: "Choose the treating therapist." })
      .min(1, "Choose the treating therapist."),
  }),
);

export type CoupleDetailsInput = z.infer<typeof coupleDetailsInput>;
export type CreateCoupleInput = z.infer<typeof createCoupleInput>;
