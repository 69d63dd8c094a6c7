import { z } from "zod";
import { nextMonday, programmeToday } from "~/domain/programme-schedule";
import { findVisibleCouple } from "~/server/couples/visibility";
import {
  archiveProgramme,
  copyProgramme,
  mayEditProgramme,
  programmeLibrary,
  reviseProgramme,
} from "~/server/programmes/programme-library";
import {
  extendProgrammeWeek,
  pauseProgramme,
  resumeProgramme,
  skipProgrammeWeek,
  stopProgramme,
} from "~/server/programmes/programme-controls";
import { programmeRunsForCouple, weekOfRun } from "~/server/programmes/programme-queries";
import { startProgramme } from "~/server/programmes/programme-runs";
import { idSchema } from "~/validation/common";
import {
  programmeChoiceInput,
  programmePlanInput,
  runInput,
  skipWeekInput,
  startProgrammeInput,
} from "~/validation/programmes";
import { practiceProcedure, router } from "../init";

const familyInput = z.object({ familyId: idSchema });

export const programmesRouter = router({
  /** The built-in programmes and the practice's own. */
  library: practiceProcedure.query(({ ctx }) => programmeLibrary(ctx.db, ctx.scope)),
  /** Whether the caller may revise or archive this programme (its author, owners and admins). */
  mayEdit: practiceProcedure
    .input(familyInput)
    .query(({ ctx, input }) => mayEditProgramme(ctx.db, ctx.scope, input.familyId)),
  copy: practiceProcedure
    .input(z.object({ from: programmeChoiceInput }))
    .mutation(({ ctx, input }) => copyProgramme(ctx.db, ctx.scope, input.from)),
  revise: practiceProcedure
    .input(familyInput.extend(programmePlanInput.shape))
    .mutation(({ ctx, input }) => reviseProgramme(ctx.db, ctx.scope, input)),
  archive: practiceProcedure
    .input(familyInput)
    .mutation(({ ctx, input }) => archiveProgramme(ctx.db, ctx.scope, input)),
  /** A couple's programmes (newest first), the week under way, and the default start day. */
  forCouple: practiceProcedure
    .input(z.object({ coupleId: idSchema }))
    .query(async ({ ctx, input }) => {
      const couple = await findVisibleCouple(ctx.db, ctx.scope, input.coupleId);
      const runs = await programmeRunsForCouple(ctx.db, {
        practiceId: ctx.scope.practiceId,
        coupleId: couple.id,
      });
      const today = programmeToday(new Date(), couple.timeZone);
      const running =
        runs.find((r) => r.run.status === "active" || r.run.status === "paused") ?? null;
      return {
        today,
        defaultStartsOn: nextMonday(today),
        runs,
        running,
        current: running ? weekOfRun(running, today) : null,
      };
    }),
  start: practiceProcedure.input(startProgrammeInput).mutation(async ({ ctx, input }) => {
    const run = await startProgramme(ctx.db, ctx.scope, input);
    return { id: run.id };
  }),
  pause: practiceProcedure
    .input(runInput)
    .mutation(({ ctx, input }) => pauseProgramme(ctx.db, ctx.scope, input.runId)),
  resume: practiceProcedure
    .input(runInput)
    .mutation(({ ctx, input }) => resumeProgramme(ctx.db, ctx.scope, input.runId)),
  skipWeek: practiceProcedure
    .input(skipWeekInput)
    .mutation(({ ctx, input }) => skipProgrammeWeek(ctx.db, ctx.scope, input)),
  extendWeek: practiceProcedure
    .input(runInput)
    .mutation(({ ctx, input }) => extendProgrammeWeek(ctx.db, ctx.scope, input.runId)),
  stop: practiceProcedure
    .input(runInput)
    .mutation(({ ctx, input }) => stopProgramme(ctx.db, ctx.scope, input.runId)),
});
