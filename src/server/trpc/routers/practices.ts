import { createPractice, practicesForUser } from "~/server/practices/practices";
import { createPracticeInput } from "~/validation/practices";
import { authedProcedure, practiceProcedure, router } from "../init";

export const practicesRouter = router({
  mine: authedProcedure.query(({ ctx }) => practicesForUser(ctx.db, ctx.user.id)),
  create: authedProcedure
    .input(createPracticeInput)
    .mutation(({ ctx, input }) => createPractice(ctx.db, { userId: ctx.user.id, ...input })),
  /** The practice as the caller sees it: name, time zone and their role in it. */
  current: practiceProcedure.query(async ({ ctx }) => {
    const mine = await practicesForUser(ctx.db, ctx.user.id);
    const practice = mine.find((p) => p.id === ctx.scope.practiceId);
    if (!practice) throw new Error("membership vanished mid-request");
    return practice;
  }),
});
