import "server-only";
import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { env } from "~/env";
import type { Executor } from "~/server/db/client";
import { mailboxTransport, resendClient, resendTransport, type EmailTransport } from "./transport";

let resend: EmailTransport | undefined;

function transportFor(db: Executor): EmailTransport {
  if (!env.RESEND_API_KEY) return mailboxTransport(db);
  resend ??= resendTransport(resendClient(env.RESEND_API_KEY));
  return resend;
}

/** Render a template from emails/ and deliver it. Templates carry no clinical content, only a link. */
export async function sendEmail(
  db: Executor,
  message: { to: string; subject: string; template: ReactElement },
): Promise<void> {
  const [html, text] = await Promise.all([
    render(message.template),
    render(message.template, { plainText: true }),
  ]);
  await transportFor(db).send({
    from: env.EMAIL_FROM,
    to: message.to,
    subject: message.subject,
    html,
    text,
  });
}
