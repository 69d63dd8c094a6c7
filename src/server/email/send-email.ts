import "server-only";
import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { env } from "~/env";
import type { Executor } from "~/server/db/client";
import { mailboxTransport, resendClient, resendTransport, type EmailTransport } from "./transport";

let resend: EmailTransport | undefined;

/** Resend when RESEND_API_KEY is set, otherwise the local mailbox table. */
export function defaultTransport(db: Executor): EmailTransport {
  if (!env.RESEND_API_KEY) return mailboxTransport(db);
  resend ??= resendTransport(resendClient(env.RESEND_API_KEY));
  return resend;
}

export async function renderEmail(template: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(template), render(template, { plainText: true })]);
  return { html, text };
}

/**
 * Render a template from emails/ and deliver it now. For email caused by a change in the
 * database, prefer `enqueueEmail` (outbox.ts), which commits with the change.
 */
export async function sendEmail(
  db: Executor,
  message: { to: string; subject: string; template: ReactElement },
  transport: EmailTransport = defaultTransport(db),
): Promise<void> {
  const { html, text } = await renderEmail(message.template);
  await transport.send({
    from: env.EMAIL_FROM,
    to: message.to,
    subject: message.subject,
    html,
    text,
  });
}
