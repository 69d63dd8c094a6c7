import { z } from "zod";
import { openHomework, homeworkForm } from "~/server/assignments/partner-homework";
import { requestNewPartnerLink } from "~/server/partner-links/request-link";
import { partnerContact, updatePartnerContact } from "~/server/partner-session/partner-contact";
import { partnerPracticeInfo } from "~/server/partner-session/practice-info";
import {
  entriesForPartner,
  entryForPartner,
  setEntrySharing,
} from "~/server/entries/partner-entries";
import { updateEntry } from "~/server/entries/entry-updates";
import { submitEntry } from "~/server/entries/submit-entry";
import { raiseHelpFlag } from "~/server/safety/raise-flag";
import { emailSchema, idSchema } from "~/validation/common";
import { submitEntryInput } from "~/validation/entries";
import { partnerContactInput } from "~/validation/partner-contact";
import { updateEntryInput } from "~/validation/entry-updates";
import { currentConsent } from "~/server/consent/consent";
import { partnerOverview } from "~/server/partner-home/partner-home";
import { partnerOverviewInput } from "~/validation/partner-home";
import { addCoupleItemAsPartner, coupleItemsForPartner } from "~/server/couple-items/couple-items";
import { partnerAddCoupleItemInput } from "~/validation/couple-items";
import { partnerProcedure, partnerSessionProcedure, publicProcedure, router } from "../init";

/** What a partner can do from their personal link, and nothing more. */
export const partnerRouter = router({
  home: partnerProcedure.query(async ({ ctx }) => {
    const [practice, homework, entries] = await Promise.all([
      partnerPracticeInfo(ctx.db, ctx.partner),
      openHomework(ctx.db, ctx.partner),
      entriesForPartner(ctx.db, ctx.partner),
    ]);
    return { partner: ctx.partner, practice, homework, entries };
  }),
  /** The home page: practice, therapist, intro, this week's homework and a page of entries. */
  overview: partnerProcedure
    .input(partnerOverviewInput)
    .query(({ ctx, input }) => partnerOverview(ctx.db, ctx.partner, input)),
  /** The practice's name, crisis text, secrets policy and idle minutes, for the partner's pages. */
  practice: partnerSessionProcedure.query(({ ctx }) => partnerPracticeInfo(ctx.db, ctx.partner)),
  /** The consent text to accept (readable before accepting: it is what they accept). */
  consent: partnerSessionProcedure.query(async ({ ctx }) => {
    const [consent, practice] = await Promise.all([
      currentConsent(ctx.db, ctx.partner.practiceId),
      partnerPracticeInfo(ctx.db, ctx.partner),
    ]);
    return { version: consent.version, body: consent.body, practiceName: practice.name };
  }),
  contact: partnerProcedure.query(({ ctx }) => partnerContact(ctx.db, ctx.partner)),
  updateContact: partnerProcedure
    .input(partnerContactInput)
    .mutation(({ ctx, input }) => updatePartnerContact(ctx.db, ctx.partner, input)),
  /** The couple's active rituals and small wins, for the ritual tracker and small-win forms. */
  coupleItems: partnerProcedure.query(({ ctx }) => coupleItemsForPartner(ctx.db, ctx.partner)),
  /** A ritual or small win the couple chose together, added from a form. */
  addCoupleItem: partnerProcedure
    .input(partnerAddCoupleItemInput)
    .mutation(async ({ ctx, input }) => {
      const item = await addCoupleItemAsPartner(ctx.db, ctx.partner, input);
      return { id: item.id, label: item.label, rhythm: item.rhythm, type: item.type };
    }),
  homeworkForm: partnerProcedure
    .input(z.object({ assignmentId: idSchema }))
    .query(async ({ ctx, input }) => {
      const [form, practice] = await Promise.all([
        homeworkForm(ctx.db, ctx.partner, input.assignmentId),
        partnerPracticeInfo(ctx.db, ctx.partner),
      ]);
      return { ...form, crisisText: practice.crisisText, secretsPolicy: practice.secretsPolicy };
    }),
  entry: partnerProcedure
    .input(z.object({ entryId: idSchema }))
    .query(({ ctx, input }) => entryForPartner(ctx.db, ctx.partner, input.entryId)),
  submitEntry: partnerProcedure.input(submitEntryInput).mutation(async ({ ctx, input }) => {
    const saved = await submitEntry(ctx.db, ctx.partner, input);
    return { id: saved.id, savedAt: saved.createdAt, duplicate: saved.duplicate };
  }),
  updateEntry: partnerProcedure.input(updateEntryInput).mutation(async ({ ctx, input }) => {
    const saved = await updateEntry(ctx.db, ctx.partner, input);
    return { id: saved.id, savedAt: saved.createdAt, duplicate: saved.duplicate };
  }),
  /** "I need help": a safety flag and alert with no other answers; a retry with the same key is one. */
  askForHelp: partnerSessionProcedure
    .input(
      z.object({ idempotencyKey: z.uuid("This request could not be read. Please try again.") }),
    )
    .mutation(async ({ ctx, input }) => {
      const raised = await raiseHelpFlag(ctx.db, ctx.partner, input.idempotencyKey);
      return { raisedAt: raised.raisedAt, duplicate: raised.duplicate };
    }),
  setSharing: partnerProcedure
    .input(z.object({ entryId: idSchema, shared: z.boolean() }))
    .mutation(({ ctx, input }) => setEntrySharing(ctx.db, ctx.partner, input)),
  requestLink: publicProcedure.input(z.object({ email: emailSchema })).mutation(({ ctx, input }) =>
    requestNewPartnerLink(ctx.db, {
      email: input.email,
      requesterKey: ctx.requesterKey ?? "unknown",
    }),
  ),
});
