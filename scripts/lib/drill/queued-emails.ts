import { inArray, like, sql } from "drizzle-orm";
import type { Database } from "../../../src/server/db/client";
import { devMailbox, emailOutbox } from "../../../src/server/db/schema";
import { enqueueEmail } from "../../../src/server/email/outbox";

/**
 * Emails queued during a drill, each to an address of its own, so what every address received
 * says whether its email was lost or sent twice. Queued as the app queues them (a partner's
 * link, about that partner, so a failure shows on the couple page).
 */
export interface EmailQueue {
  prefix: string;
  /** outbox row ids of emails whose insert committed */
  ids: string[];
}

export function emailQueue(drill: string): EmailQueue {
  return { prefix: `drill-${drill}-${Date.now()}`, ids: [] };
}

/** Queue one email; false when the database refused (it is down): nothing was queued then. */
export async function queueEmail(
  db: Database,
  queue: EmailQueue,
  practiceId: string,
  partnerId: string,
): Promise<boolean> {
  try {
    const { id } = await enqueueEmail(db, {
      practiceId,
      to: `${queue.prefix}-${queue.ids.length}@drill.test`,
      template: "partner_link",
      props: { partnerId },
      subjectType: "partner",
      subjectId: partnerId,
    });
    queue.ids.push(id);
    return true;
  } catch {
    return false;
  }
}

/** Wait until no queued email is still pending (or the time is up). */
export async function waitForOutbox(db: Database, queue: EmailQueue, until: number) {
  while (Date.now() < until) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .where(sql`${inArray(emailOutbox.id, queue.ids)} and ${emailOutbox.status} = 'pending'`)
      .catch(() => [{ n: -1 }]);
    if (row?.n === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface EmailCount {
  queued: number;
  lost: number;
  sentTwice: number;
}

/** From what each address received (the local mailbox, or the provider's own count). */
export function countEmails(queue: EmailQueue, received: Map<string, number>): EmailCount {
  let lost = 0;
  let sentTwice = 0;
  for (let i = 0; i < queue.ids.length; i++) {
    const n = received.get(`${queue.prefix}-${i}@drill.test`) ?? 0;
    if (n === 0) lost++;
    if (n > 1) sentTwice++;
  }
  return { queued: queue.ids.length, lost, sentTwice };
}

export async function mailboxReceived(db: Database, queue: EmailQueue) {
  const rows = await db
    .select({ to: devMailbox.to, n: sql<number>`count(*)::int` })
    .from(devMailbox)
    .where(like(devMailbox.to, `${queue.prefix}-%`))
    .groupBy(devMailbox.to);
  return new Map(rows.map((r) => [r.to, r.n]));
}
