import { and, eq } from "drizzle-orm";
import { createElement, type ReactElement } from "react";
import { z } from "zod";
import { PartnerLinkEmail } from "@emails/partner-link";
import { HomeworkAssignedEmail } from "@emails/homework-assigned";
import { ReminderEmail } from "@emails/reminder";
import { SafetyFlagEmail } from "@emails/safety-flag";
import { ExportReadyEmail } from "@emails/export-ready";
import { EXPORT_DAYS } from "~/server/exports/export-retention";
import { mintPartnerLink } from "~/server/partner-links/mint-link";
import type { Executor } from "~/server/db/client";
import { partners, practices } from "~/server/db/schema";
import { unsubscribeUrl } from "~/server/reminders/unsubscribe-token";
import { appUrl } from "~/server/urls/app-url";
import { DISCREET_SUBJECT, isDiscreetFor } from "./discreet";
import { openFlagsFor } from "~/server/safety/alert-recipients";

/** A problem no retry can fix (the partner or practice is gone): the email fails at once. */
export class UndeliverableEmail extends Error {
  override name = "UndeliverableEmail";
}

interface SendContext {
  db: Executor;
  practiceId: string;
  /** null when the email is discreet: nothing in it names the practice */
  practiceName: string | null;
  /** the address the email goes to */
  to: string;
}

// Props are ids only (strict: an extra key is refused), so nothing clinical can reach a stored
// row; names and links are looked up or minted when the email is sent.
const partnerProps = z.strictObject({ partnerId: z.uuid() });
const coupleProps = z.strictObject({ coupleId: z.uuid() });

function defineTemplate<S extends z.ZodType>(template: {
  props: S;
  /** `practiceName` is null for a discreet email */
  subject: (practiceName: string | null) => string;
  build: (context: SendContext, props: z.output<S>) => Promise<ReactElement>;
}) {
  return template;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A fresh personal link; its token lives only in the email being rendered. */
async function personalLink(context: SendContext, partnerId: string) {
  const [partner] = await context.db
    .select({ id: partners.id, paused: partners.linksPausedAt })
    .from(partners)
    .where(and(eq(partners.id, partnerId), eq(partners.practiceId, context.practiceId)));
  if (!partner) throw new UndeliverableEmail("the partner is not in this practice");
  if (partner.paused) throw new UndeliverableEmail("the partner's links are paused");
  const link = await mintPartnerLink(context.db, {
    practiceId: context.practiceId,
    partnerId,
    createdByUserId: null,
  });
  return {
    url: link.url,
    expiresInDays: Math.round((link.expiresAt.getTime() - Date.now()) / DAY_MS),
  };
}

/** Open safety flags on the couples the recipient answers for: what a coalesced alert counts. */
async function openSafetyFlags(context: SendContext) {
  const result = await context.db.execute<{ couple_id: string }>(
    openFlagsFor(context.practiceId, context.to),
  );
  return result.rows.map((row) => ({ coupleId: row.couple_id }));
}

export const emailTemplates = {
  homework_assigned: defineTemplate({
    props: partnerProps,
    subject: (practiceName) => (practiceName ? `Homework from ${practiceName}` : DISCREET_SUBJECT),
    build: async (context, { partnerId }) =>
      createElement(HomeworkAssignedEmail, {
        practiceName: context.practiceName,
        ...(await personalLink(context, partnerId)),
      }),
  }),
  reminder: defineTemplate({
    props: partnerProps,
    subject: (practiceName) =>
      practiceName ? `A gentle reminder from ${practiceName}` : DISCREET_SUBJECT,
    build: async (context, { partnerId }) =>
      createElement(ReminderEmail, {
        practiceName: context.practiceName,
        url: (await personalLink(context, partnerId)).url,
        unsubscribeUrl: unsubscribeUrl(partnerId),
      }),
  }),
  partner_link: defineTemplate({
    props: partnerProps,
    subject: (practiceName) => (practiceName ? `Your link for ${practiceName}` : DISCREET_SUBJECT),
    build: async (context, { partnerId }) =>
      createElement(PartnerLinkEmail, {
        practiceName: context.practiceName,
        ...(await personalLink(context, partnerId)),
      }),
  }),
  safety_flag: defineTemplate({
    props: coupleProps,
    subject: () => "A client needs your attention",
    build: async (context, { coupleId }) => {
      const waiting = await openSafetyFlags(context);
      const couplesFlagged = new Set(waiting.map((w) => w.coupleId));
      const path =
        couplesFlagged.size > 1
          ? `/p/${context.practiceId}`
          : `/p/${context.practiceId}/couples/${waiting[0]?.coupleId ?? coupleId}`;
      return createElement(SafetyFlagEmail, {
        practiceName: context.practiceName ?? "your practice",
        url: appUrl(path).toString(),
        flags: Math.max(1, waiting.length),
      });
    },
  }),
  practice_export_ready: defineTemplate({
    props: z.strictObject({ exportId: z.uuid() }),
    subject: () => "Your practice export is ready",
    build: (context) =>
      Promise.resolve(
        createElement(ExportReadyEmail, {
          practiceName: context.practiceName ?? "your practice",
          url: appUrl(`/p/${context.practiceId}/export`).toString(),
          days: EXPORT_DAYS,
        }),
      ),
  }),
};

export type EmailTemplateKey = keyof typeof emailTemplates;
export type EmailTemplateProps<K extends EmailTemplateKey> = z.input<
  (typeof emailTemplates)[K]["props"]
>;

function isEmailTemplateKey(key: string): key is EmailTemplateKey {
  return Object.hasOwn(emailTemplates, key);
}

/**
 * The subject and rendered-to-be element of a stored outbox email, built at send time; `discreet`
 * when it goes to a partner who gets discreet emails (then it never names the practice).
 */
export async function buildEmail(
  db: Executor,
  email: { practiceId: string; template: string; props: unknown; to: string },
): Promise<{ subject: string; element: ReactElement; discreet: boolean }> {
  if (!isEmailTemplateKey(email.template)) {
    throw new UndeliverableEmail(`unknown template "${email.template}"`);
  }
  const template = emailTemplates[email.template];
  const [practice] = await db
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, email.practiceId));
  if (!practice) throw new UndeliverableEmail("the practice no longer exists");
  const props = template.props.safeParse(email.props);
  if (!props.success) throw new UndeliverableEmail("the stored props do not fit the template");
  const partnerId = partnerProps.safeParse(props.data).data?.partnerId;
  const discreet = partnerId ? await isDiscreetFor(db, email.practiceId, partnerId) : false;
  const practiceName = discreet ? null : practice.name;
  const context = { db, practiceId: email.practiceId, practiceName, to: email.to };
  return {
    discreet,
    subject: template.subject(practiceName),
    // Each template's build takes its own props; the key was checked above.
    element: await (template.build as (c: SendContext, p: unknown) => Promise<ReactElement>)(
      context,
      props.data,
    ),
  };
}
