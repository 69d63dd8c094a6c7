import { z } from "zod";
import {
  deleteTherapySession,
  listTherapySessions,
  recordTherapySession,
  updateSessionNotes,
} from "~/server/therapy-sessions/therapy-sessions";
import { idSchema } from "~/validation/common";
import { recordTherapySessionInput, sessionNotesInput } from "~/validation/therapy-sessions";
import { practiceProcedure, router } from "../init";

export const therapySessionsRouter = router({
  forCouple: practiceProcedure
    .input(z.object({ coupleId: idSchema }))
    .query(({ ctx, input }) => listTherapySessions(ctx.db, ctx.scope, input)),
  record: practiceProcedure
    .input(recordTherapySessionInput)
    .mutation(({ ctx, input }) => recordTherapySession(ctx.db, ctx.scope, input)),
  updateNotes: practiceProcedure
    .input(sessionNotesInput)
    .mutation(({ ctx, input }) => updateSessionNotes(ctx.db, ctx.scope, input)),
  delete: practiceProcedure
    .input(z.object({ sessionId: idSchema }))
    .mutation(({ ctx, input }) => deleteTherapySession(ctx.db, ctx.scope, input)),
});
