import { profileOf, saveProfile, skipProfile } from "~/server/profile/profile";
import { profileInput } from "~/validation/profile";
import { authedProcedure, router } from "../init";

/** The signed-in staff member's own name, credentials and pronouns. */
export const profileRouter = router({
  get: authedProcedure.query(({ ctx }) => profileOf(ctx.db, ctx.user.id)),
  save: authedProcedure
    .input(profileInput)
    .mutation(({ ctx, input }) => saveProfile(ctx.db, ctx.user.id, input)),
  skip: authedProcedure.mutation(({ ctx }) => skipProfile(ctx.db, ctx.user.id)),
});
