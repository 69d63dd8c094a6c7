import { z } from "zod";
import { cadences } from "~/domain/homework";
import { kindKeys } from "~/homework/types";
import { idSchema, requiredText } from "./common";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

/** The most weeks a programme may have, and the most homework one week may give. */
export const PROGRAMME_LIMITS = { weeks: 12, homeworkPerWeek: 4 } as const;

const programmeHomeworkInput = z.object({
  kind: z.enum(kindKeys, { error: "Choose the homework." }),
  cadence: z.enum(cadences, { error: "Choose how often." }),
  partnerPositions: z
    .array(z.union([z.literal(1), z.literal(2)], { error: "Choose partner 1, partner 2 or both." }))
    .min(1, "Choose at least one partner.")
    .max(2, "Choose at least one partner.")
    .transform((positions) => [...new Set(positions)].sort()),
  note: z
    .string()
    .trim()
    .max(500, "Keep the note under 500 characters.")
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .optional()
    .transform((note) => note || undefined),
  templateFamilyId: z
    .uuid("Choose one of your wordings.")
    .nullish()
    .transform((id) => id ?? undefined),
  reflectionStage: z
    .enum(["start", "review"], { error: "Choose starting out or looking back." })
    .nullish()
    .transform((stage) => stage ?? undefined),
});

const programmeWeekInput = z.object({
  title: requiredText("a title for the week", 80),
  intention: requiredText("the week's intention", 300),
  homework: z
    .array(programmeHomeworkInput)
    .min(1, "Give each week at least one piece of homework.")
    .max(
      PROGRAMME_LIMITS.homeworkPerWeek,
      `A week can give up to ${PROGRAMME_LIMITS.homeworkPerWeek} pieces of homework.`,
    ),
});

export const programmePlanInput = z.object({
  title: requiredText("a title", 120),
  summary: z
    .string()
    .trim()
    .max(300, "Keep the summary under 300 characters.")
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .default(""),
  weeks: z
    .array(programmeWeekInput)
    .min(1, "A programme needs at least one week.")
    .max(PROGRAMME_LIMITS.weeks, `A programme can have up to ${PROGRAMME_LIMITS.weeks} weeks.`),
});

export type ProgrammePlanInput = z.infer<typeof programmePlanInput>;
/** What a form or test sends (before defaults and clean-up). */
export type ProgrammePlanDraft = z.input<typeof programmePlanInput>;

/** Which programme: a built-in one by key, or one of the practice's by family. */
export const programmeChoiceInput = z.union(
  [z.object({ builtinKey: z.string().min(1).max(64) }), z.object({ familyId: idSchema })],
  { error: "Choose a programme." },
);

export const startProgrammeInput = z.object({
  coupleId: idSchema,
  programme: programmeChoiceInput,
  startsOn: z.iso.date("Choose the day the programme starts."),
});

export const runInput = z.object({ runId: idSchema });

export const skipWeekInput = runInput.extend({
  which: z.enum(["current", "next"], { error: "Choose this week or next week." }),
});
