import { z } from "zod";
import {
  createCouple,
  getCouple,
  reassignCouples,
  setCoupleStatus,
  updateCoupleDetails,
} from "~/server/couples/couples";
import { idSchema } from "~/validation/common";
import { coupleDetailsInput, coupleStatusSchema, createCoupleInput } from "~/validation/couples";
import { managerProcedure, practiceProcedure, router } from "../init";

const coupleInput = z.object({ coupleId: idSchema });

export const couplesRouter = router({
  get: practiceProcedure
    .input(coupleInput)
    .query(({ ctx, input }) => getCouple(ctx.db, ctx.scope, input.coupleId)),
  create: practiceProcedure.input(createCoupleInput).mutation(async ({ ctx, input }) => {
    const couple = await createCouple(ctx.db, ctx.scope, input);
    return { id: couple.id };
  }),
  update: practiceProcedure
    .input(z.intersection(coupleInput, coupleDetailsInput))
    .mutation(({ ctx, input }) => updateCoupleDetails(ctx.db, ctx.scope, input)),
  setStatus: practiceProcedure
    .input(coupleInput.extend({ status: coupleStatusSchema }))
    .mutation(({ ctx, input }) => setCoupleStatus(ctx.db, ctx.scope, input)),
  reassign: managerProcedure
    .input(
      z.object({
        coupleIds: z
          .array(idSchema)
          .min(1, "Choose at least one couple.")
          .max(500, "Reassign at most 500 couples at a time."),
        therapistUserId: z
          .string({ error: "Choose a therapist." })
          .min(1, "Choose a therapist.")
          .max(64),
      }),
    )
    .mutation(({ ctx, input }) => reassignCouples(ctx.db, ctx.scope, input)),
});
