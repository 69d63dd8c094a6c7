import {
  addCoupleItem,
  archiveCoupleItem,
  coupleItemsForStaff,
  renameCoupleItem,
} from "~/server/couple-items/couple-items";
import {
  addCoupleItemInput,
  archiveCoupleItemInput,
  listCoupleItemsInput,
  renameCoupleItemInput,
} from "~/validation/couple-items";
import { practiceProcedure, router } from "../init";

/** A couple's rituals and small wins, as their therapist keeps them with the couple. */
export const coupleItemsRouter = router({
  forCouple: practiceProcedure
    .input(listCoupleItemsInput)
    .query(({ ctx, input }) => coupleItemsForStaff(ctx.db, ctx.scope, input)),
  add: practiceProcedure.input(addCoupleItemInput).mutation(async ({ ctx, input }) => {
    const item = await addCoupleItem(ctx.db, ctx.scope, input);
    return { id: item.id };
  }),
  rename: practiceProcedure
    .input(renameCoupleItemInput)
    .mutation(({ ctx, input }) => renameCoupleItem(ctx.db, ctx.scope, input)),
  archive: practiceProcedure
    .input(archiveCoupleItemInput)
    .mutation(({ ctx, input }) => archiveCoupleItem(ctx.db, ctx.scope, input)),
});
