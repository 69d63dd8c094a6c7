import { z } from "zod";
import {
  emailPartnerLink,
  issuePartnerLink,
  linkStatus,
  revokePartnerLinks,
} from "~/server/partner-links/manage-links";
import { partnerEmailProblems } from "~/server/partner-links/email-problems";
import { visiblePartnerIds } from "~/server/partner-links/visible-partners";
import { pendingHomeworkEmails } from "~/server/email/outbox";
import { idSchema } from "~/validation/common";
import { practiceProcedure, router } from "../init";

const partnerInput = z.object({ partnerId: idSchema });
const partnersInput = z.object({ partnerIds: z.array(idSchema).max(2) });

export const partnerLinksRouter = router({
  /** A fresh link to copy or show as a QR code; returned once, never stored. */
  issue: practiceProcedure
    .input(partnerInput)
    .mutation(({ ctx, input }) => issuePartnerLink(ctx.db, ctx.scope, input)),
  email: practiceProcedure
    .input(partnerInput)
    .mutation(({ ctx, input }) => emailPartnerLink(ctx.db, ctx.scope, input)),
  revoke: practiceProcedure
    .input(partnerInput)
    .mutation(({ ctx, input }) => revokePartnerLinks(ctx.db, ctx.scope, input)),
  status: practiceProcedure
    .input(partnersInput)
    .query(({ ctx, input }) => linkStatus(ctx.db, ctx.scope, input.partnerIds)),
  /** Homework emails waiting to go (batched), so the links panel can say a link is on its way. */
  pendingEmails: practiceProcedure
    .input(partnersInput)
    .query(async ({ ctx, input }) =>
      pendingHomeworkEmails(
        ctx.db,
        ctx.scope.practiceId,
        await visiblePartnerIds(ctx.db, ctx.scope, input.partnerIds),
      ),
    ),
  /** Partners whose latest email failed, so the therapist can check the address. */
  emailProblems: practiceProcedure
    .input(partnersInput)
    .query(({ ctx, input }) => partnerEmailProblems(ctx.db, ctx.scope, input.partnerIds)),
});
