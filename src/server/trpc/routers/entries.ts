import { z } from "zod";
import {
  coupleEntries,
  markEntryReviewed,
  markAllReviewed,
} from "~/server/entries/therapist-entries";
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
  /** Every ordinary unreviewed entry of the couple; entries with an open safety flag stay. */
  markAllReviewed: practiceProcedure
    .input(z.object({ coupleId: idSchema }))
    .mutation(({ ctx, input }) => markAllReviewed(ctx.db, ctx.scope, input)),
  markReviewed: practiceProcedure
    .input(z.object({ entryId: idSchema }))
    .mutation(({ ctx, input }) => markEntryReviewed(ctx.db, ctx.scope, input)),
});
