import { z } from "zod";
import { safetyContactMethods, safetyOutcomes } from "~/domain/safety";
import { idSchema, requiredText } from "./common";

/** The longest follow-up note a therapist can write when closing a safety flag. */
export const SAFETY_NOTE_MAX = 2000;

export const closeSafetyFlagInput = z.object({
  flagId: idSchema,
  contactMethod: z.enum(safetyContactMethods, {
    error: "Choose how you contacted the partner, or that you could not reach them.",
  }),
  outcome: z.enum(safetyOutcomes, { error: "Choose what came of the follow-up." }),
  note: requiredText("a note on what was done", SAFETY_NOTE_MAX),
});

export type CloseSafetyFlagInput = z.infer<typeof closeSafetyFlagInput>;
