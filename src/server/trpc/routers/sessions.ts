import { z } from "zod";
import {
  deleteSession,
  listSessions,
  recordSession,
  updateSessionNotes,
} from "~/server/sessions/sessions";
import { idSchema } from "~/validation/common";
import { recordSessionInput, sessionNotesInput } from "~/validation/sessions";
import { practiceProcedure, router } from "../init";

export const sessionsRouter = router({
  forCouple: practiceProcedure
    .input(z.object({ coupleId: idSchema }))
    .query(({ ctx, input }) => listSessions(ctx.db, ctx.scope, input)),
  record: practiceProcedure
    .input(recordSessionInput)
    .mutation(({ ctx, input }) => recordSession(ctx.db, ctx.scope, input)),
  updateNotes: practiceProcedure
    .input(sessionNotesInput)
    .mutation(({ ctx, input }) => updateSessionNotes(ctx.db, ctx.scope, input)),
  delete: practiceProcedure
    .input(z.object({ sessionId: idSchema }))
    .mutation(({ ctx, input }) => deleteSession(ctx.db, ctx.scope, input)),
});
