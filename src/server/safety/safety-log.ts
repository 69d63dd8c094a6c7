import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAudit } from "~/server/audit/record-audit";
import { findVisibleCouple } from "~/server/couples/visibility";
import type { Database } from "~/server/db/client";
import { partners, safetyFlags, users } from "~/server/db/schema";
import type { PracticeScope } from "~/server/practices/scope";

const closer = alias(users, "closer");

/**
 * A couple's safety log, newest first: every flag, open or closed, with the partner who raised it
 * and the ways to reach them (shown beside an open flag), and for a closed one who closed it, when,
 * how the partner was contacted, the outcome and the note. Reading it is audited.
 */
export async function coupleSafetyLog(
  db: Database,
  scope: PracticeScope,
  args: { coupleId: string },
) {
  return db.transaction(async (tx) => {
    const couple = await findVisibleCouple(tx, scope, args.coupleId);
    const rows = await tx
      .select({
        id: safetyFlags.id,
        source: safetyFlags.source,
        entryId: safetyFlags.entryId,
        raisedAt: safetyFlags.raisedAt,
        closedAt: safetyFlags.closedAt,
        contactMethod: safetyFlags.contactMethod,
        outcome: safetyFlags.outcome,
        note: safetyFlags.note,
        closedByName: closer.name,
        closedByEmail: closer.email,
        partnerId: partners.id,
        partnerName: partners.displayName,
        partnerPhone: partners.phone,
        partnerEmergencyContact: partners.emergencyContact,
      })
      .from(safetyFlags)
      .innerJoin(partners, eq(partners.id, safetyFlags.partnerId))
      .leftJoin(closer, eq(closer.id, safetyFlags.closedByUserId))
      .where(and(eq(safetyFlags.coupleId, couple.id), eq(safetyFlags.practiceId, scope.practiceId)))
      .orderBy(desc(safetyFlags.raisedAt), desc(safetyFlags.id));
    if (rows.length > 0) {
      await recordAudit(
        tx,
        scope,
        "safety_flag.log_viewed",
        { type: "couple", id: couple.id, coupleId: couple.id },
        { count: rows.length },
      );
    }
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      entryId: r.entryId,
      raisedAt: r.raisedAt,
      partner: {
        id: r.partnerId,
        name: r.partnerName,
        phone: r.partnerPhone,
        emergencyContact: r.partnerEmergencyContact,
      },
      closed: r.closedAt
        ? {
            at: r.closedAt,
            by: r.closedByEmail ? { name: r.closedByName, email: r.closedByEmail } : null,
            contactMethod: r.contactMethod,
            outcome: r.outcome,
            note: r.note,
          }
        : null,
    }));
  });
}

export type SafetyLogRow = Awaited<ReturnType<typeof coupleSafetyLog>>[number];
