import { z } from "zod";
import { homeworkKinds } from "~/homework/registry";
import { kindKeys } from "~/homework/types";
import {
  assignHomework,
  coupleAssignments,
  setAssignmentStatus,
} from "~/server/assignments/assignments";
import {
  archiveTemplate,
  copyBuiltInTemplate,
  mayEditTemplate,
  practiceTemplates,
  reviseTemplate,
} from "~/server/homework-templates/homework-templates";
import { idSchema } from "~/validation/common";
import {
  assignHomeworkInput,
  assignmentStatusSchema,
  templateWordingInput,
} from "~/validation/homework";
import { practiceProcedure, router } from "../init";

const familyInput = z.object({ familyId: idSchema });

export const homeworkRouter = router({
  /** The library: built-in kinds and the practice's own wordings. */
  templates: practiceProcedure.query(async ({ ctx }) => ({
    builtIn: Object.values(homeworkKinds).map((k) => ({
      kind: k.key,
      title: k.title,
      instructions: k.instructions,
    })),
    practice: await practiceTemplates(ctx.db, ctx.scope),
  })),
  copyTemplate: practiceProcedure
    .input(z.object({ kind: z.enum(kindKeys, { error: "Choose a kind of homework." }) }))
    .mutation(({ ctx, input }) => copyBuiltInTemplate(ctx.db, ctx.scope, input)),
  reviseTemplate: practiceProcedure
    .input(familyInput.extend(templateWordingInput.shape))
    .mutation(({ ctx, input }) => reviseTemplate(ctx.db, ctx.scope, input)),
  archiveTemplate: practiceProcedure
    .input(familyInput)
    .mutation(({ ctx, input }) => archiveTemplate(ctx.db, ctx.scope, input)),
  /** Whether the caller may revise or archive this wording (its author, owners and admins). */
  mayEditTemplate: practiceProcedure
    .input(familyInput)
    .query(({ ctx, input }) => mayEditTemplate(ctx.db, ctx.scope, input.familyId)),
  assign: practiceProcedure.input(assignHomeworkInput).mutation(async ({ ctx, input }) => {
    const assignment = await assignHomework(ctx.db, ctx.scope, input);
    return { id: assignment.id };
  }),
  setStatus: practiceProcedure
    .input(z.object({ assignmentId: idSchema, status: assignmentStatusSchema }))
    .mutation(({ ctx, input }) => setAssignmentStatus(ctx.db, ctx.scope, input)),
  forCouple: practiceProcedure
    .input(z.object({ coupleId: idSchema }))
    .query(({ ctx, input }) => coupleAssignments(ctx.db, ctx.scope, input)),
});
