import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { partnerLinks, devMailbox, emailOutbox } from "~/server/db/schema";
import { hashToken } from "~/server/tokens";
import { testDatabase } from "~/test/db";
import { outboxOf, seedCoupleForEmail } from "~/test/outbox-fixtures";
import { deliverDueEmails } from "./deliver-outbox";
import { enqueueEmail } from "./outbox";
import { mailboxTransport, type EmailTransport } from "./transport";

const db = testDatabase();

function mailTo(to: string) {
  return db.select().from(devMailbox).where(eq(devMailbox.to, to));
}

function tokenIn(text: string): string {
  const match = /\/c\/l\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no personal link in: ${text}`);
  return match[1];
}

/** Refuses every email, naming the link in its error as a careless provider might. */
function refusingTransport(): EmailTransport & { tries: number } {
  const transport = {
    tries: 0,
    send(email: { text: string }) {
      transport.tries++;
      const link = /https?:\/\/\S+/.exec(email.text)?.[0] ?? "";
      return Promise.reject(new Error(`mailbox full, could not deliver ${link}`));
    },
  };
  return transport;
}

describe("delivering the outbox", () => {
  test("an email is sent once and marked sent, however often and however many workers run", async () => {
    const s = await seedCoupleForEmail(db);
    for (const partner of s.partners) {
      await enqueueEmail(db, {
        practiceId: s.practiceId,
        to: partner.email!,
        template: "partner_link",
        props: { partnerId: partner.id },
      });
    }
    const runs = await Promise.all(
      [1, 2, 3].map(() => deliverDueEmails(db, { practiceId: s.practiceId })),
    );
    await deliverDueEmails(db, { practiceId: s.practiceId });
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(2);
    for (const partner of s.partners) {
      const mail = await mailTo(partner.email!);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe(`Your link for ${s.practiceName}`);
    }
    const rows = await outboxOf(db, s.practiceId);
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ["sent", 1, null],
      ["sent", 1, null],
    ]);
    expect(rows.every((r) => r.sentAt instanceof Date)).toBe(true);
  });

  test("the outbox row's id is the email's idempotency key, so a second send is not a second email", async () => {
    const s = await seedCoupleForEmail(db);
    const partner = s.partners[0];
    const { id } = await enqueueEmail(db, {
      practiceId: s.practiceId,
      to: partner.email!,
      template: "partner_link",
      props: { partnerId: partner.id },
    });
    const keys: (string | undefined)[] = [];
    const mailbox = mailboxTransport(db);
    const recording: EmailTransport = {
      send: (email, options) => {
        keys.push(options?.idempotencyKey);
        return mailbox.send(email, options);
      },
    };
    await deliverDueEmails(db, { practiceId: s.practiceId, transport: recording });
    // As after a worker died between sending and recording it: the row is due again.
    await db
      .update(emailOutbox)
      .set({ status: "pending", nextAttemptAt: new Date() })
      .where(eq(emailOutbox.id, id));
    await deliverDueEmails(db, { practiceId: s.practiceId, transport: recording });
    expect(keys).toEqual([id, id]);
    expect(await mailTo(partner.email!)).toHaveLength(1);
  });

  test("a refused email is retried after 1 min, 5 min, 30 min and 2 h, then marked failed", async () => {
    const s = await seedCoupleForEmail(db);
    const partner = s.partners[0];
    await enqueueEmail(db, {
      practiceId: s.practiceId,
      to: partner.email!,
      template: "homework_assigned",
      props: { partnerId: partner.id },
      subjectType: "partner",
      subjectId: partner.id,
    });
    const transport = refusingTransport();
    const minute = 60_000;
    let clock = Date.now() + 1000;
    const run = (at: number) =>
      deliverDueEmails(db, { practiceId: s.practiceId, transport, now: new Date(at) });

    for (const [attempt, wait] of [
      [1, 1 * minute],
      [2, 5 * minute],
      [3, 30 * minute],
      [4, 120 * minute],
    ] as const) {
      expect(await run(clock)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const [row] = await outboxOf(db, s.practiceId);
      expect(row).toMatchObject({ status: "pending", attempts: attempt });
      expect(row!.nextAttemptAt.getTime()).toBe(clock + wait);
      expect(row!.lastError).toBe("Error: mailbox full, could not deliver [link]");
      // Not a moment before the backoff has passed.
      expect(await run(clock + wait - 1000)).toEqual({ sent: 0, retrying: 0, failed: 0 });
      clock += wait;
    }
    expect(await run(clock)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await run(clock + 24 * 60 * minute)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(transport.tries).toBe(5);
    const [row] = await outboxOf(db, s.practiceId);
    expect(row).toMatchObject({ status: "failed", attempts: 5, sentAt: null });
    expect(await mailTo(partner.email!)).toEqual([]);
  });

  test("an email for a partner of another practice fails at once and mints no link", async () => {
    const s = await seedCoupleForEmail(db);
    const other = await seedCoupleForEmail(db);
    await enqueueEmail(db, {
      practiceId: s.practiceId,
      to: s.partners[0].email!,
      template: "partner_link",
      props: { partnerId: other.partners[0].id },
    });
    expect(await deliverDueEmails(db, { practiceId: s.practiceId })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const links = await db
      .select()
      .from(partnerLinks)
      .where(eq(partnerLinks.partnerId, other.partners[0].id));
    expect(links).toEqual([]);
    const [row] = await outboxOf(db, s.practiceId);
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row!.lastError).toContain("the partner is not in this practice");
  });
});

describe("personal links in email", () => {
  test("the email carries a working link; the outbox and client_links never hold its token", async () => {
    const s = await seedCoupleForEmail(db);
    const partner = s.partners[1];
    const { id } = await enqueueEmail(db, {
      practiceId: s.practiceId,
      to: partner.email!,
      template: "homework_assigned",
      props: { partnerId: partner.id },
    });
    await deliverDueEmails(db, { practiceId: s.practiceId });

    const [mail] = await mailTo(partner.email!);
    expect(mail!.subject).toBe(`Homework from ${s.practiceName}`);
    const token = tokenIn(mail!.text);
    expect(mail!.html).toContain(`/c/l/${token}`);

    const links = await db
      .select()
      .from(partnerLinks)
      .where(eq(partnerLinks.partnerId, partner.id));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      tokenHash: hashToken(token),
      practiceId: s.practiceId,
      createdByUserId: null,
      revokedAt: null,
    });
    expect(links[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600_000);

    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    const stored = JSON.stringify([row, links]);
    for (const part of [token, token.slice(0, 12), token.slice(-12)]) {
      expect(stored).not.toContain(part);
    }
  });

  test("a failed send leaves no token in the recorded error", async () => {
    const s = await seedCoupleForEmail(db);
    const partner = s.partners[0];
    await enqueueEmail(db, {
      practiceId: s.practiceId,
      to: partner.email!,
      template: "reminder",
      props: { partnerId: partner.id },
    });
    let sentText = "";
    const transport: EmailTransport = {
      send: (email) => {
        sentText = email.text;
        return Promise.reject(new Error(`refused: ${email.text}`));
      },
    };
    await deliverDueEmails(db, { practiceId: s.practiceId, transport });
    const token = tokenIn(sentText);
    const [row] = await outboxOf(db, s.practiceId);
    expect(row!.lastError).toMatch(/^Error: refused: /);
    expect(JSON.stringify(row)).not.toContain(token);
  });
});
