import { caseload } from "~/server/caseload/caseload";
import { caseloadFilterInput } from "~/validation/caseload";
import { caseloadBalance } from "~/server/caseload/balance";
import { managerProcedure, practiceProcedure, router } from "../init";

export const caseloadRouter = router({
  list: practiceProcedure
    .input(caseloadFilterInput)
    .query(({ ctx, input }) => caseload(ctx.db, ctx.scope, input)),
  /** Per therapist: couples, open homework, unreviewed entries and open safety flags. */
  balance: managerProcedure.query(({ ctx }) => caseloadBalance(ctx.db, ctx.scope)),
});
