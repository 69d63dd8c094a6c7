import { z } from "zod";
import { emailSchema, requiredText, timeZoneSchema } from "./common";

export const roles = ["owner", "admin", "therapist"] as const;
export const roleSchema = z.enum(roles, { error: "Choose a role: owner, admin or therapist." });

export const createPracticeInput = z.object({
  name: requiredText("the practice name", 120),
  timeZone: timeZoneSchema,
});

export const inviteMemberInput = z.object({
  email: emailSchema,
  role: z.enum(["admin", "therapist"], { error: "Invite as an admin or a therapist." }),
});
