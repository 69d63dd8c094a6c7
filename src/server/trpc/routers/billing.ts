import { billingSummary, seatQuote } from "~/server/billing/billing-summary";
import { practiceStanding } from "~/server/billing/billing-state";
import { addSeat, openBillingPortal, startCheckout } from "~/server/billing/subscription";
import { managerProcedure, practiceProcedure, router } from "../init";

export const billingRouter = router({
  /** For the banner: everyone may know whether new homework is paused. */
  standing: practiceProcedure.query(({ ctx }) => practiceStanding(ctx.db, ctx.scope.practiceId)),
  /** Owners manage billing; admins see it read-only. */
  summary: managerProcedure.query(({ ctx }) => billingSummary(ctx.db, ctx.scope)),
  seatQuote: managerProcedure.query(({ ctx }) => seatQuote(ctx.db, ctx.scope)),
  checkout: managerProcedure.mutation(({ ctx }) => startCheckout(ctx.db, ctx.scope)),
  portal: managerProcedure.mutation(({ ctx }) => openBillingPortal(ctx.db, ctx.scope)),
  addSeat: managerProcedure.mutation(({ ctx }) => addSeat(ctx.db, ctx.scope)),
});
