import { and, desc, eq, inArray } from "drizzle-orm";
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
