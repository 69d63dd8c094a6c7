import { z } from "zod";
import { closeSafetyFlag } from "~/server/safety/close-flag";
import { coupleSafetyLog } from "~/server/safety/safety-log";
import { idSchema } from "~/validation/common";
import { closeSafetyFlagInput } from "~/validation/safety-flags";
import { practiceProcedure, router } from "../init";

export const safetyFlagsRouter = router({
  /** The couple's safety log: open flags first to act on, closed ones with their follow-up. */
  forCouple: practiceProcedure
    .input(z.object({ coupleId: idSchema }))
    .query(({ ctx, input }) => coupleSafetyLog(ctx.db, ctx.scope, input)),
  close: practiceProcedure
    .input(closeSafetyFlagInput)
    .mutation(({ ctx, input }) => closeSafetyFlag(ctx.db, ctx.scope, input)),
});
