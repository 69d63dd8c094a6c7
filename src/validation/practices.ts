import { z } from "zod";
import { invitableRoles, pdfPageSizes, roles } from "~/domain/practice";
import { dateStyles } from "~/dates/styles";
import { emailSchema, requiredText, timeZoneSchema } from "./common";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

export const roleSchema = z.enum(roles, { error: "Choose a role: owner, admin or therapist." });

export const createPracticeInput = z.object({
  name: requiredText("the practice name", 120),
  timeZone: timeZoneSchema,
});

export const inviteMemberInput = z.object({
  email: emailSchema,
  role: z.enum(invitableRoles, { error: "Invite as an admin or a therapist." }),
});

export const practiceSettingsInput = z.object({
  name: requiredText("the practice name", 120),
  timeZone: timeZoneSchema,
  partnerLinkDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(1, "Links must work for at least a day.")
    .max(90, "Links can work for at most 90 days."),
  crisisText: z.string().trim().max(2000, "Keep the crisis text under 2,000 characters.").nullish(),
  csiCutoff: z.coerce
    .number({ error: "Enter the cut-off as a number." })
    .min(0, "The cut-off is between 0 and 21.")
    .max(21, "The cut-off is between 0 and 21."),
  /** Left out: the practice keeps its current paper size. */
  pdfPageSize: z
    .enum(pdfPageSizes, { error: "Choose US Letter or A4 for the session-prep PDF." })
    .optional(),
  /** Left out: each of these safety settings stays as it is. */
  sharedDeviceIdleMinutes: z.coerce
    .number({ error: "Enter a number of minutes." })
    .int("Enter a whole number of minutes.")
    .min(5, "On a shared device, a session must last at least 5 idle minutes.")
    .max(240, "On a shared device, a session can last at most 240 idle minutes (4 hours).")
    .optional(),
  draftDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(1, "Keep unsent drafts for at least a day.")
    .max(30, "Keep unsent drafts for at most 30 days.")
    .optional(),
  discreetEmails: z
    .boolean({ error: "Choose whether emails to partners are discreet." })
    .optional(),
  secretsPolicy: z
    .string()
    .trim()
    .max(2000, "Keep the secrets policy under 2,000 characters.")
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .nullish(),
  /** A member's user id, or null (or "") for no backup. */
  safetyBackupUserId: z
    .string()
    .max(64, "Choose a member of this practice.")
    .nullish()
    .transform((value) => value || null)
    .optional(),
  /** Left out: the practice keeps how it writes dates. */
  dateStyle: z
    .enum(dateStyles, { error: "Choose how dates are written: US or international." })
    .optional(),
});

export type PracticeSettingsInput = z.infer<typeof practiceSettingsInput>;
