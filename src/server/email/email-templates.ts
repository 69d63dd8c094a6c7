import { and, eq } from "drizzle-orm";
import { createElement, type ReactElement } from "react";
import { z } from "zod";
import { PartnerLinkEmail } from "@emails/partner-link";
import { HomeworkAssignedEmail } from "@emails/homework-assigned";
import { ReminderEmail } from "@emails/reminder";
import { SafetyFlagEmail } from "@emails/safety-flag";
import { env } from "~/env";
import { mintPartnerLink } from "~/server/partner-links/mint-link";
import type { Executor } from "~/server/db/client";
import { partners, practices } from "~/server/db/schema";
import { unsubscribeUrl } from "~/server/reminders/unsubscribe-token";

/** A problem no retry can fix (the partner or practice is gone): the email fails at once. */
export class UndeliverableEmail extends Error {
  override name = "UndeliverableEmail";
}

interface SendContext {
  db: Executor;
  practiceId: string;
  practiceName: string;
}

// Props are ids only (strict: an extra key is refused), so nothing clinical can reach a stored
// row; names and links are looked up or minted when the email is sent.
const partnerProps = z.strictObject({ partnerId: z.uuid() });
const coupleProps = z.strictObject({ coupleId: z.uuid() });

function defineTemplate<S extends z.ZodType>(template: {
  props: S;
  subject: (practiceName: string) => string;
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

export const emailTemplates = {
  homework_assigned: defineTemplate({
    props: partnerProps,
    subject: (practiceName) => `Homework from ${practiceName}`,
    build: async (context, { partnerId }) =>
      createElement(HomeworkAssignedEmail, {
        practiceName: context.practiceName,
        ...(await personalLink(context, partnerId)),
      }),
  }),
  reminder: defineTemplate({
    props: partnerProps,
    subject: (practiceName) => `A gentle reminder from ${practiceName}`,
    build: async (context, { partnerId }) =>
      createElement(ReminderEmail, {
        practiceName: context.practiceName,
        url: (await personalLink(context, partnerId)).url,
        unsubscribeUrl: unsubscribeUrl(partnerId),
      }),
  }),
  partner_link: defineTemplate({
    props: partnerProps,
    subject: (practiceName) => `Your link for ${practiceName}`,
    build: async (context, { partnerId }) =>
      createElement(PartnerLinkEmail, {
        practiceName: context.practiceName,
        ...(await personalLink(context, partnerId)),
      }),
  }),
  safety_flag: defineTemplate({
    props: coupleProps,
    subject: () => "A client needs your attention",
    build: (context, { coupleId }) =>
      Promise.resolve(
        createElement(SafetyFlagEmail, {
          practiceName: context.practiceName,
          url: new URL(`/p/${context.practiceId}/couples/${coupleId}`, env.APP_URL).toString(),
        }),
      ),
  }),
};

export type EmailTemplateKey = keyof typeof emailTemplates;
export type EmailTemplateProps<K extends EmailTemplateKey> = z.input<
  (typeof emailTemplates)[K]["props"]
>;

export function isEmailTemplateKey(key: string): key is EmailTemplateKey {
  return Object.hasOwn(emailTemplates, key);
}

/** The subject and rendered-to-be element of a stored outbox email, built at send time. */
export async function buildEmail(
  db: Executor,
  email: { practiceId: string; template: string; props: unknown },
): Promise<{ subject: string; element: ReactElement }> {
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
  const context = { db, practiceId: email.practiceId, practiceName: practice.name };
  return {
    subject: template.subject(practice.name),
    // Each template's build takes its own props; the key was checked above.
    element: await (template.build as (c: SendContext, p: unknown) => Promise<ReactElement>)(
      context,
      props.data,
    ),
  };
}
