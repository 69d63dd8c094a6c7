import { z } from "zod";
import { listAuditEvents } from "~/server/audit/audit-log";
import { managerProcedure, router } from "../init";

export const auditRouter = router({
  list: managerProcedure
    .input(z.object({ before: z.number().int().positive().optional() }))
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.scope, input)),
});
