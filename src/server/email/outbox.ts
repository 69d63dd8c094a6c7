import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { env } from "~/env";
import type { Executor } from "~/server/db/client";
import { emailOutbox } from "~/server/db/schema";
import { emailTemplates, type EmailTemplateKey, type EmailTemplateProps } from "./email-templates";

export interface OutboxEmailInput<K extends EmailTemplateKey> {
  practiceId: string;
  to: string;
  template: K;
  /** ids only, checked against the template: never names, notes or entry content */
  props: EmailTemplateProps<K>;
  /** what the email is about, so a failure can be shown there (e.g. "partner" + partner id) */
  subjectType?: string;
  subjectId?: string;
}

/**
 * Queue an email. Pass the transaction that makes the change causing it: the email exists if and
 * only if the change commits, and the worker sends it within a few seconds.
 */
export async function enqueueEmail<K extends EmailTemplateKey>(
  tx: Executor,
  email: OutboxEmailInput<K>,
): Promise<{ id: string }> {
  const props = emailTemplates[email.template].props.parse(email.props) as Record<string, unknown>;
  const [row] = await tx
    .insert(emailOutbox)
    .values({
      practiceId: email.practiceId,
      to: email.to.trim(),
      template: email.template,
      props,
      subjectType: email.subjectType ?? null,
      subjectId: email.subjectId ?? null,
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("insert returned no outbox row");
  return row;
}

/**
 * Queue the "you have homework" email to a partner, batched: it waits a short while
 * (HOMEWORK_EMAIL_DELAY_SECONDS) and each further assignment in that while joins it and moves it a
 * little later, never more than five minutes after the first. One email, one link, per sitting.
 * Returns whether a new email was queued (false: this assignment joined one already waiting).
 */
export async function queueHomeworkEmail(
  tx: Executor,
  email: { practiceId: string; to: string; partnerId: string },
): Promise<{ queued: boolean }> {
  const props = emailTemplates.homework_assigned.props.parse({ partnerId: email.partnerId });
  const result = await tx.execute<{ inserted: boolean }>(sql`
    insert into email_outbox (practice_id, "to", template, props, subject_type, subject_id, next_attempt_at)
    values (${email.practiceId}, ${email.to.trim()}, 'homework_assigned', ${JSON.stringify(props)}::jsonb,
      'partner', ${email.partnerId}, now() + make_interval(secs => ${env.HOMEWORK_EMAIL_DELAY_SECONDS}))
    on conflict (practice_id, subject_id) where template = 'homework_assigned' and status = 'pending'
    do update set
      next_attempt_at = least(
        greatest(email_outbox.next_attempt_at, excluded.next_attempt_at),
        email_outbox.created_at + interval '5 minutes'
      ),
      "to" = excluded."to"
    returning (xmax = 0) as inserted`);
  return { queued: result.rows[0]?.inserted ?? false };
}

/** Homework emails still waiting to go, per partner: the couple page says when each leaves. */
export async function pendingHomeworkEmails(
  db: Executor,
  practiceId: string,
  partnerIds: string[],
): Promise<{ partnerId: string; sendsAt: Date }[]> {
  if (partnerIds.length === 0) return [];
  const rows = await db
    .select({ partnerId: emailOutbox.subjectId, sendsAt: emailOutbox.nextAttemptAt })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.practiceId, practiceId),
        eq(emailOutbox.template, "homework_assigned"),
        eq(emailOutbox.status, "pending"),
        inArray(emailOutbox.subjectId, partnerIds),
      ),
    );
  return rows.map((r) => ({ partnerId: r.partnerId!, sendsAt: r.sendsAt }));
}

export interface EmailFailure {
  subjectId: string;
  to: string;
  template: string;
  /** "retrying": delivery failed and will be tried again; "failed": it was given up */
  status: "retrying" | "failed";
  attempts: number;
  lastError: string | null;
  queuedAt: Date;
}

/**
 * For each subject (e.g. each partner on a couple's page), whether its latest email failed.
 * A later email that went through clears an earlier failure.
 */
export async function emailFailures(
  db: Executor,
  args: { practiceId: string; subjectType: string; subjectIds: string[] },
): Promise<EmailFailure[]> {
  if (args.subjectIds.length === 0) return [];
  const latest = await db
    .selectDistinctOn([emailOutbox.subjectId])
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.practiceId, args.practiceId),
        eq(emailOutbox.subjectType, args.subjectType),
        inArray(emailOutbox.subjectId, args.subjectIds),
      ),
    )
    .orderBy(emailOutbox.subjectId, desc(emailOutbox.createdAt));
  return latest.flatMap((row): EmailFailure[] => {
    const retrying = row.status === "pending" && row.lastError !== null;
    if (row.status !== "failed" && !retrying) return [];
    return [
      {
        subjectId: row.subjectId!,
        to: row.to,
        template: row.template,
        status: retrying ? "retrying" : "failed",
        attempts: row.attempts,
        lastError: row.lastError,
        queuedAt: row.createdAt,
      },
    ];
  });
}
