import type { Executor } from "~/server/db/client";
import { emailFailures } from "~/server/email/outbox";
import type { PracticeScope } from "~/server/practices/scope";
import { visiblePartnerIds } from "./visible-partners";

/** For the couple page: partners whose latest email bounced or is being retried. */
export async function partnerEmailProblems(
  db: Executor,
  scope: PracticeScope,
  partnerIds: string[],
) {
  const visible = await visiblePartnerIds(db, scope, partnerIds);
  const failures = await emailFailures(db, {
    practiceId: scope.practiceId,
    subjectType: "partner",
    subjectIds: visible,
  });
  return failures.map((f) => ({
    partnerId: f.subjectId,
    to: f.to,
    status: f.status,
    attempts: f.attempts,
    queuedAt: f.queuedAt,
  }));
}
