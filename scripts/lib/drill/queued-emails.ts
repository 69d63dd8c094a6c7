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
  /** addresses handed out so far */
  next: number;
  /** outbox row id → its address, for emails whose insert committed */
  queued: Map<string, string>;
}

export function emailQueue(drill: string): EmailQueue {
  return { prefix: `drill-${drill}-${Date.now()}`, next: 0, queued: new Map() };
}

/** Queue one email; false when the database refused (it is down): nothing was queued then. */
export async function queueEmail(
  db: Database,
  queue: EmailQueue,
  practiceId: string,
  partnerId: string,
): Promise<boolean> {
  const to = `${queue.prefix}-${queue.next++}@drill.test`;
  try {
    const { id } = await enqueueEmail(db, {
      practiceId,
      to,
      template: "partner_link",
      props: { partnerId },
      subjectType: "partner",
      subjectId: partnerId,
    });
    queue.queued.set(id, to);
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
      .where(
        sql`${inArray(emailOutbox.id, [...queue.queued.keys()])} and ${emailOutbox.status} = 'pending'`,
      )
      .catch(() => [{ n: -1 }]);
    if (row?.n === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface EmailCount {
  queued: number;
  lost: number;
  sentTwice: number;
}

/** From what each address received (the local mailbox, or the provider's own count). */
export function countEmails(queue: EmailQueue, received: Map<string, number>): EmailCount {
  let lost = 0;
  let sentTwice = 0;
  for (const to of queue.queued.values()) {
    const n = received.get(to) ?? 0;
    if (n === 0) lost++;
    if (n > 1) sentTwice++;
  }
  return { queued: queue.queued.size, lost, sentTwice };
}

export async function mailboxReceived(db: Database, queue: EmailQueue) {
  const rows = await db
    .select({ to: devMailbox.to, n: sql<number>`count(*)::int` })
    .from(devMailbox)
    .where(like(devMailbox.to, `${queue.prefix}-%`))
    .groupBy(devMailbox.to);
  return new Map(rows.map((r) => [r.to, r.n]));
}
