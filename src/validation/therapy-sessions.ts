import { z } from "zod";
import { idSchema } from "./common";

const sessionDateSchema = z.iso.date("Enter the session date as a calendar date.");

const sessionNotesSchema = z
  .string({ error: "Enter the session notes, or leave them empty." })
  .trim()
  .max(20_000, "Keep the session notes under 20,000 characters.");

export const recordTherapySessionInput = z.object({
  coupleId: idSchema,
  sessionOn: sessionDateSchema,
  notes: sessionNotesSchema.default(""),
});

export const sessionNotesInput = z.object({
  sessionId: idSchema,
  notes: sessionNotesSchema,
});

export type RecordTherapySessionInput = z.infer<typeof recordTherapySessionInput>;
export type SessionNotesInput = z.infer<typeof sessionNotesInput>;
