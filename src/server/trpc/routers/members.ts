import { z } from "zod";
import { caseloadLoad } from "~/server/caseload/caseload";
import { changeMemberRole, listMembers, removeMember } from "~/server/members/members";
import { roleSchema } from "~/validation/practices";
import { managerProcedure, practiceProcedure, router } from "../init";

const memberInput = z.object({ userId: z.string().min(1).max(64) });

export const membersRouter = router({
  /** Everyone in the practice: therapists need it to see who is who; only managers change it. */
  list: practiceProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.scope)),
  load: managerProcedure.query(({ ctx }) => caseloadLoad(ctx.db, ctx.scope)),
  changeRole: managerProcedure
    .input(memberInput.extend({ role: roleSchema }))
    .mutation(({ ctx, input }) => changeMemberRole(ctx.db, ctx.scope, input)),
  remove: managerProcedure
    .input(memberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.scope, input)),
});
