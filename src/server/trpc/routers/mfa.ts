import { confirmEnrolment, secondFactorStatus, startEnrolment } from "~/server/mfa/enrolment";
import {
  practiceSecondFactors,
  resetMemberSecondFactor,
  setSecondFactorRequired,
} from "~/server/mfa/practice-mfa";
import {
  requireSecondFactorInput,
  resetSecondFactorInput,
  secondFactorCodeInput,
} from "~/validation/mfa";
import { authedProcedure, managerProcedure, practiceProcedure, router } from "../init";

/**
 * Staff second factor (an authenticator app). Entering the code after the email link is not
 * here: a session waiting for it has no user in tRPC at all (see `currentUser`), so it goes
 * through the /mfa form.
 */
export const mfaRouter = router({
  status: authedProcedure.query(({ ctx }) => secondFactorStatus(ctx.db, ctx.user.id)),
  startEnrolment: authedProcedure.mutation(({ ctx }) => startEnrolment(ctx.db, ctx.user)),
  confirmEnrolment: authedProcedure
    .input(secondFactorCodeInput)
    .mutation(({ ctx, input }) => confirmEnrolment(ctx.db, ctx.user, input)),
  /** Owners and admins see who has one; only owners change anything (checked in the service). */
  practice: managerProcedure.query(({ ctx }) => practiceSecondFactors(ctx.db, ctx.scope)),
  setRequired: practiceProcedure
    .input(requireSecondFactorInput)
    .mutation(({ ctx, input }) => setSecondFactorRequired(ctx.db, ctx.scope, input)),
  resetMember: practiceProcedure
    .input(resetSecondFactorInput)
    .mutation(({ ctx, input }) => resetMemberSecondFactor(ctx.db, ctx.scope, input)),
});
