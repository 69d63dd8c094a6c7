import { z } from "zod";
import { coupleEntries, markEntryReviewed } from "~/server/entries/therapist-entries";
import { idSchema } from "~/validation/common";
import { practiceProcedure, router } from "../init";

export const entriesRouter = router({
  forCouple: practiceProcedure
    .input(
      z.object({
        coupleId: idSchema,
        limit: z.number().int().min(1).max(500).optional(),
        before: idSchema.optional(),
      }),
    )
    .query(({ ctx, input }) => coupleEntries(ctx.db, ctx.scope, input)),
  markReviewed: practiceProcedure
    .input(z.object({ entryId: idSchema }))
    .mutation(({ ctx, input }) => markEntryReviewed(ctx.db, ctx.scope, input)),
});
