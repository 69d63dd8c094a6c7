import { auditFilterChoices } from "~/server/audit/audit-filter-choices";
import { listAuditEvents } from "~/server/audit/audit-log";
import { auditListInput } from "~/server/audit/audit-filter";
import { managerProcedure, router } from "../init";

export const auditRouter = router({
  list: managerProcedure
    .input(auditListInput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.scope, input)),
  /** The members and couples the filters offer. */
  filterChoices: managerProcedure.query(({ ctx }) => auditFilterChoices(ctx.db, ctx.scope)),
});
