import { and, eq, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Database, Executor } from "~/server/db/client";
import { assignments, couples, entries, partners } from "~/server/db/schema";
import { enqueueEmail } from "~/server/email/outbox";
import { isReminderDue, MIN_HOURS_BETWEEN_REMINDERS, type ReminderPartner } from "./due";

interface Candidate extends ReminderPartner {
  partnerId: string;
  practiceId: string;
}

/** Partners who could get a reminder, with their open assignments; the clock decides in JS. */
async function reminderCandidates(
  db: Executor,
  args: { now: Date; practiceId?: string },
): Promise<Candidate[]> {
  const remindedBefore = new Date(args.now.getTime() - MIN_HOURS_BETWEEN_REMINDERS * 3600_000);
  const rows = await db
    .select({
      partnerId: partners.id,
      practiceId: partners.practiceId,
      timeZone: partners.timeZone,
      lastRemindedAt: partners.lastRemindedAt,
      cadence: assignments.cadence,
      dueOn: assignments.dueOn,
      untilOn: assignments.untilOn,
      assignedAt: assignments.createdAt,
      lastEntryAt: sql<Date | null>`(
        select max(${entries.createdAt}) from ${entries}
        where ${entries.assignmentId} = ${assignments.id} and ${entries.partnerId} = ${partners.id}
      )`.mapWith(entries.createdAt),
    })
    .from(partners)
    .innerJoin(couples, and(eq(couples.id, partners.coupleId), eq(couples.status, "active")))
    .innerJoin(
      assignments,
      and(
        eq(assignments.coupleId, couples.id),
        eq(assignments.practiceId, partners.practiceId),
        eq(assignments.status, "active"),
        ne(assignments.cadence, "whenever"),
        sql`${partners.position} = any(${assignments.partnerPositions})`,
      ),
    )
    .where(
      and(
        isNotNull(partners.email),
        isNull(partners.remindersOffAt),
        isNull(partners.linksPausedAt),
        or(isNull(partners.lastRemindedAt), lt(partners.lastRemindedAt, remindedBefore)),
        args.practiceId ? eq(partners.practiceId, args.practiceId) : undefined,
      ),
    );
  const byPartner = new Map<string, Candidate>();
  for (const { cadence, dueOn, untilOn, assignedAt, lastEntryAt, ...partner } of rows) {
    const candidate = byPartner.get(partner.partnerId) ?? { ...partner, assignments: [] };
    candidate.assignments.push({ cadence, dueOn, untilOn, assignedAt, lastEntryAt });
    byPartner.set(partner.partnerId, candidate);
  }
  return [...byPartner.values()];
}

function isDueSafely(candidate: Candidate, now: Date): boolean {
  try {
    return isReminderDue(candidate, now);
  } catch {
    // An unknown time zone (RangeError from Intl) must not stop everyone else's reminders.
    return false;
  }
}

/**
 * Queue one reminder for each partner with due or overdue homework (see due.ts), at most one a
 * day each. Marking the partner and queueing the email commit together, so a rerun or a second
 * worker cannot send a partner two.
 */
export async function enqueueDueReminders(
  db: Database,
  args: { now?: Date; practiceId?: string } = {},
): Promise<{ queued: number }> {
  const now = args.now ?? new Date();
  const remindedBefore = new Date(now.getTime() - MIN_HOURS_BETWEEN_REMINDERS * 3600_000);
  const due = (await reminderCandidates(db, { now, practiceId: args.practiceId })).filter((c) =>
    isDueSafely(c, now),
  );
  let queued = 0;
  for (const candidate of due) {
    await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(partners)
        .set({ lastRemindedAt: now })
        .where(
          and(
            eq(partners.id, candidate.partnerId),
            isNotNull(partners.email),
            isNull(partners.remindersOffAt),
            isNull(partners.linksPausedAt),
            isNull(partners.linksPausedAt),
            or(isNull(partners.lastRemindedAt), lt(partners.lastRemindedAt, remindedBefore)),
          ),
        )
        .returning({ email: partners.email });
      if (!claimed?.email) return;
      await enqueueEmail(tx, {
        practiceId: candidate.practiceId,
        to: claimed.email,
        template: "reminder",
        props: { partnerId: candidate.partnerId },
        subjectType: "partner",
        subjectId: candidate.partnerId,
      });
      queued++;
    });
  }
  return { queued };
}
