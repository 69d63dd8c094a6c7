import { createHash } from "node:crypto";
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

interface SendOptions {
  /**
   * The same key means the same email: a second send with it (a retry after a time-out, or after
   * a worker died between sending and recording it) is not delivered again. The outbox row's id.
   */
  idempotencyKey?: string;
}

/** The one seam between Attune and whoever delivers email. */
export interface EmailTransport {
  send(email: OutgoingEmail, options?: SendOptions): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The mailbox row's id for a key: the key itself when it is a uuid (an outbox row's id). */
function mailboxId(key: string): string {
  if (UUID.test(key)) return key.toLowerCase();
  const hex = createHash("sha256").update(key).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Writes to the local mailbox table, readable at /dev/mailbox and by tests. Like Resend, it keeps
 * one message per idempotency key.
 */
export function mailboxTransport(db: Executor): EmailTransport {
  return {
    async send(email, options = {}) {
      const key = options.idempotencyKey;
      await db
        .insert(devMailbox)
        .values(key ? { ...email, id: mailboxId(key) } : email)
        .onConflictDoNothing({ target: devMailbox.id });
    },
  };
}

type ResendClient = Pick<Resend, "emails">;

export function resendTransport(client: ResendClient): EmailTransport {
  return {
    async send(email, options = {}) {
      const { idempotencyKey } = options;
      const { error } = await client.emails.send(email, idempotencyKey ? { idempotencyKey } : {});
      // The key was already used for a different body: each attempt renders a fresh link, so this
      // is a retry of an email Resend accepted before (its answer was lost). Sent, once.
      if (error?.name === "invalid_idempotent_request") return;
      // Resend's message names the problem (bad key, unverified domain) and never the content.
      if (error) throw new Error(`Resend refused the email: ${error.name}: ${error.message}`);
    },
  };
}

export function resendClient(apiKey: string): ResendClient {
  return new Resend(apiKey);
}
