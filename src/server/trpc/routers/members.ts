import { z } from "zod";
import { caseloadLoad } from "~/server/caseload/caseload";
import { setMemberAway } from "~/server/members/away";
import { changeMemberRole, listMembers, removeMember } from "~/server/members/members";
import { memberAwayInput } from "~/validation/members";
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
  /** A member's own away dates; owners and admins set anyone's. */
  setAway: practiceProcedure
    .input(memberAwayInput)
    .mutation(({ ctx, input }) => setMemberAway(ctx.db, ctx.scope, input)),
  remove: managerProcedure
    .input(memberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.scope, input)),
});
