import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "~/server/audit/record-audit";
import { visibleCouples } from "~/server/couples/visibility";
import type { Database } from "~/server/db/client";
import { couples, entries, safetyFlags } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import type { CloseSafetyFlagInput } from "~/validation/safety-flags";

/**
 * Close a safety flag with the follow-up: how the partner was contacted, the outcome and a note.
 * Only the treating therapist and the practice's owners and admins (the couple must be visible);
 * the flagged entry, if any, is marked reviewed with it. The audit keeps method and outcome, never
 * the note.
 */
export async function closeSafetyFlag(
  db: Database,
  scope: PracticeScope,
  input: CloseSafetyFlagInput,
) {
  return db.transaction(async (tx) => {
    const [flag] = await tx
      .select({
        id: safetyFlags.id,
        coupleId: safetyFlags.coupleId,
        entryId: safetyFlags.entryId,
        closedAt: safetyFlags.closedAt,
      })
      .from(safetyFlags)
      .innerJoin(couples, eq(couples.id, safetyFlags.coupleId))
      .where(
        and(
          eq(safetyFlags.id, input.flagId),
          eq(safetyFlags.practiceId, scope.practiceId),
          visibleCouples(scope),
        ),
      )
      .for("update", { of: safetyFlags });
    if (!flag) throw notFound("That safety flag");
    if (flag.closedAt) {
      throw new DomainError("CONFLICT", "This safety flag was already closed. Reload the page.");
    }
    const now = new Date();
    await tx
      .update(safetyFlags)
      .set({
        closedAt: now,
        closedByUserId: scope.userId,
        contactMethod: input.contactMethod,
        outcome: input.outcome,
        note: input.note,
      })
      .where(and(eq(safetyFlags.id, flag.id), isNull(safetyFlags.closedAt)));
    if (flag.entryId) {
      await tx
        .update(entries)
        .set({ reviewedAt: now, reviewedByUserId: scope.userId })
        .where(
          and(
            eq(entries.id, flag.entryId),
            eq(entries.practiceId, scope.practiceId),
            isNull(entries.reviewedAt),
          ),
        );
    }
    await recordAudit(
      tx,
      scope,
      "safety_flag.closed",
      { type: "safety_flag", id: flag.id, coupleId: flag.coupleId },
      { contactMethod: input.contactMethod, outcome: input.outcome },
    );
    return { id: flag.id, closedAt: now };
  });
}
