import { listPracticeExports, requestPracticeExport } from "~/server/exports/exports";
import { practiceProcedure, router } from "../init";

/** Owners only (checked in the service): the whole practice leaves with an export. */
export const practiceExportRouter = router({
  list: practiceProcedure.query(({ ctx }) => listPracticeExports(ctx.db, ctx.scope)),
  request: practiceProcedure.mutation(({ ctx }) => requestPracticeExport(ctx.db, ctx.scope)),
});
