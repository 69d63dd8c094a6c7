import { z } from "zod";
import { acceptInvitation, previewInvitation } from "~/server/invitations/accept-invitation";
import {
  inviteMember,
  listPendingInvitations,
  resendInvitation,
  revokeInvitation,
} from "~/server/invitations/invitations";
import { idSchema } from "~/validation/common";
import { inviteMemberInput } from "~/validation/practices";
import { authedProcedure, managerProcedure, publicProcedure, router } from "../init";

const invitationInput = z.object({ invitationId: idSchema });
const tokenInput = z.object({
  token: z.string().min(20, "This invitation link is not valid.").max(100),
});

export const invitationsRouter = router({
  pending: managerProcedure.query(({ ctx }) => listPendingInvitations(ctx.db, ctx.scope)),
  invite: managerProcedure.input(inviteMemberInput).mutation(async ({ ctx, input }) => {
    const invitation = await inviteMember(ctx.db, ctx.scope, input);
    return { id: invitation.id, email: invitation.email, role: invitation.role };
  }),
  resend: managerProcedure
    .input(invitationInput)
    .mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.scope, input)),
  revoke: managerProcedure
    .input(invitationInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.scope, input)),
  preview: publicProcedure
    .input(tokenInput)
    .query(async ({ ctx, input }) => (await previewInvitation(ctx.db, input.token)) ?? null),
  accept: authedProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) =>
      acceptInvitation(ctx.db, { token: input.token, userId: ctx.user.id, email: ctx.user.email }),
    ),
});
