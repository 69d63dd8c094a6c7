import { Resend } from "resend";
import type { Executor } from "~/server/db/client";
import { devMailbox } from "~/server/db/schema";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** The one seam between Attune and whoever delivers email. */
export interface EmailTransport {
  send(email: OutgoingEmail): Promise<void>;
}

/** Writes to the local mailbox table, readable at /dev/mailbox and by tests. */
export function mailboxTransport(db: Executor): EmailTransport {
  return {
    async send(email) {
      await db.insert(devMailbox).values(email);
    },
  };
}

type ResendClient = Pick<Resend, "emails">;

export function resendTransport(client: ResendClient): EmailTransport {
  return {
    async send(email) {
      const { error } = await client.emails.send(email);
      // Resend's message names the problem (bad key, unverified domain) and never the content.
      if (error) throw new Error(`Resend refused the email: ${error.name}: ${error.message}`);
    },
  };
}

export function resendClient(apiKey: string): ResendClient {
  return new Resend(apiKey);
}
