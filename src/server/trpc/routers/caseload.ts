import { caseload } from "~/server/caseload/caseload";
import { caseloadFilterInput } from "~/validation/caseload";
import { practiceProcedure, router } from "../init";

export const caseloadRouter = router({
  list: practiceProcedure
    .input(caseloadFilterInput)
    .query(({ ctx, input }) => caseload(ctx.db, ctx.scope, input)),
});
