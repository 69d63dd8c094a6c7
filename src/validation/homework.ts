import { z } from "zod";
import { assignmentStatuses, cadences } from "~/domain/homework";
import { kindKeys } from "~/homework/types";
import { requiredText } from "./common";

const isoDate = z.iso.date("Enter a date.");

export const templateWordingInput = z.object({
  title: requiredText("a title", 120),
  instructions: requiredText("instructions", 2000),
  prompts: z
    .record(
      z.string().max(64),
      z.object({
        label: z.string().trim().max(200, "Keep each prompt under 200 characters.").optional(),
        help: z.string().trim().max(500, "Keep help text under 500 characters.").optional(),
      }),
    )
    .default({}),
});

export const assignmentStatusSchema = z.enum(assignmentStatuses, {
  error: "Choose a status: active, paused or cancelled.",
});

export const assignHomeworkInput = z
  .object({
    coupleId: z.uuid("Choose a couple."),
    kind: z.enum(kindKeys, { error: "Choose the homework." }),
    templateFamilyId: z.uuid().nullish(),
    partnerPositions: z
      .array(z.union([z.literal(1), z.literal(2)]))
      .min(1, "Choose at least one partner.")
      .max(2),
    cadence: z.enum(cadences, { error: "Choose how often." }),
    dueOn: isoDate.nullish(),
    untilOn: isoDate.nullish(),
    note: z.string().trim().max(500, "Keep the note under 500 characters.").nullish(),
  })
  .refine((v) => !v.dueOn || !v.untilOn || v.untilOn >= v.dueOn, {
    message: "The end date must be on or after the due date.",
    path: ["untilOn"],
  });

export type AssignHomeworkInput = z.infer<typeof assignHomeworkInput>;
