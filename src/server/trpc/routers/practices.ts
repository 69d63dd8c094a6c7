import { setupChecklist } from "~/server/practices/setup-checklist";
import { createPractice, practicesForUser } from "~/server/practices/practices";
import { practiceSettings, updatePracticeSettings } from "~/server/practices/settings";
import { createPracticeInput, practiceSettingsInput } from "~/validation/practices";
import { consentForStaff, saveConsentText } from "~/server/consent/consent";
import { consentTextInput } from "~/validation/consent";
import { authedProcedure, managerProcedure, practiceProcedure, router } from "../init";

export const practicesRouter = router({
  mine: authedProcedure.query(({ ctx }) => practicesForUser(ctx.db, ctx.user.id)),
  create: authedProcedure
    .input(createPracticeInput)
    .mutation(({ ctx, input }) => createPractice(ctx.db, { userId: ctx.user.id, ...input })),
  /** The practice as the caller sees it: name, time zone and their role in it. */
  current: practiceProcedure.query(async ({ ctx }) => {
    const mine = await practicesForUser(ctx.db, ctx.user.id);
    const practice = mine.find((p) => p.id === ctx.scope.practiceId);
    if (!practice) throw new Error("membership vanished mid-request");
    return practice;
  }),
  /** A new practice's first steps, until they are all done (then empty). */
  setupChecklist: practiceProcedure.query(({ ctx }) => setupChecklist(ctx.db, ctx.scope)),
  settings: practiceProcedure.query(({ ctx }) => practiceSettings(ctx.db, ctx.scope)),
  updateSettings: managerProcedure
    .input(practiceSettingsInput)
    .mutation(({ ctx, input }) => updatePracticeSettings(ctx.db, ctx.scope, input)),
  /** The consent text partners accept at first opening: the practice's newest version, or the built-in one. */
  consentText: practiceProcedure.query(({ ctx }) => consentForStaff(ctx.db, ctx.scope)),
  /** A new version of the consent text: every partner is asked to accept it at their next opening. */
  saveConsentText: managerProcedure
    .input(consentTextInput)
    .mutation(({ ctx, input }) => saveConsentText(ctx.db, ctx.scope, input)),
});
