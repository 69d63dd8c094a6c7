import { z } from "zod";
import { emailClientLink, issueClientLink, linkStatus, revokeClientLinks } from "~/server/client-links/manage-links";
import { idSchema } from "~/validation/common";
import { practiceProcedure, router } from "../init";

const partnerInput = z.object({ partnerId: idSchema });

export const clientLinksRouter = router({
  /** A fresh link to copy or show as a QR code; returned once, never stored. */
  issue: practiceProcedure
    .input(partnerInput)
    .mutation(({ ctx, input }) => issueClientLink(ctx.db, ctx.scope, input)),
  email: practiceProcedure
    .input(partnerInput)
    .mutation(({ ctx, input }) => emailClientLink(ctx.db, ctx.scope, input)),
  revoke: practiceProcedure
    .input(partnerInput)
    .mutation(({ ctx, input }) => revokeClientLinks(ctx.db, ctx.scope, input)),
  status: practiceProcedure
    .input(z.object({ partnerIds: z.array(idSchema).max(2) }))
    .query(({ ctx, input }) => linkStatus(ctx.db, ctx.scope, input.partnerIds)),
});
