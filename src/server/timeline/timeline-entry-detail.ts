import { and, eq } from "drizzle-orm";
import { getKind, isKindKey } from "~/homework/registry";
import { entrySummary, storedEntryAnswers } from "~/homework/stored-entry";
import { latestUpdateColumn } from "~/server/entries/entry-updates";
import { recordAudit } from "~/server/audit/record-audit";
import { visibleCouples } from "~/server/couples/visibility";
import type { Database } from "~/server/db/client";
import { dateFormat } from "~/dates";
import { couples, entries, partners, practices } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";

/** One entry of a visible couple opened in place on the timeline, with all its answers. Audited. */
export async function timelineEntryDetail(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string; entryId: string },
) {
  const [row] = await db
    .select({
      id: entries.id,
      coupleId: entries.coupleId,
      kind: entries.kind,
      schemaVersion: entries.schemaVersion,
      payload: entries.payload,
      latestUpdate: latestUpdateColumn,
      occurredAt: entries.occurredAt,
      createdAt: entries.createdAt,
      visibility: entries.visibility,
      safetyFlag: entries.safetyFlag,
      quick: entries.quick,
      reviewedAt: entries.reviewedAt,
      position: partners.position,
      partnerName: partners.displayName,
      timeZone: couples.timeZone,
      dateStyle: practices.dateStyle,
    })
    .from(entries)
    .innerJoin(couples, eq(couples.id, entries.coupleId))
    .innerJoin(partners, eq(partners.id, entries.partnerId))
    .innerJoin(practices, eq(practices.id, couples.practiceId))
    .where(
      and(
        eq(entries.id, args.entryId),
        eq(entries.coupleId, args.coupleId),
        eq(entries.practiceId, scope.practiceId),
        visibleCouples(scope),
      ),
    );
  if (!row) throw notFound("That entry");
  const answers = storedEntryAnswers(row, row.latestUpdate);
  const kind = isKindKey(row.kind) ? getKind(row.kind) : null;
  await recordAudit(db, scope, "entry.viewed", {
    type: "entry",
    id: row.id,
    coupleId: row.coupleId,
  });
  return {
    id: row.id,
    kind: row.kind,
    kindTitle: kind?.title ?? "Entry",
    summary: entrySummary(row, row.latestUpdate).line,
    position: row.position === 2 ? (2 as const) : (1 as const),
    partnerName: row.partnerName,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
    visibility: row.visibility,
    safetyFlag: row.safetyFlag,
    quick: row.quick,
    reviewed: row.reviewedAt !== null,
    ...answers,
    updatedWhen: answers.updatedAt
      ? dateFormat({ style: row.dateStyle, timeZone: row.timeZone }).moment(answers.updatedAt)
      : null,
  };
}
