import { eq } from "drizzle-orm";
import { actorWithoutAccount, recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { partners, practices } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import type { PartnerContactInput } from "~/validation/partner-contact";
import type { PartnerScope } from "./partner-scope";

/**
 * A link staff showed on screen may be in someone else's hands: it can neither read nor change
 * how the partner is reached (the same rule as sharing).
 */
function refuseShownOnScreen(scope: PartnerScope) {
  if (scope.shownOnScreen) {
    throw new DomainError(
      "FORBIDDEN",
      "These choices can only be changed from the link emailed to you. Ask your therapist to email you one.",
    );
  }
}

/** The partner's own email and contact choices, and the practice's default for emails. */
export async function partnerContact(db: Executor, scope: PartnerScope) {
  refuseShownOnScreen(scope);
  const [row] = await db
    .select({
      discreetEmails: partners.discreetEmails,
      practiceDiscreet: practices.discreetEmails,
      phone: partners.phone,
      emergencyContact: partners.emergencyContact,
    })
    .from(partners)
    .innerJoin(practices, eq(practices.id, partners.practiceId))
    .where(eq(partners.id, scope.partnerId));
  if (!row) throw new DomainError("NOT_FOUND", "Not found.");
  return {
    discreetEmails: row.discreetEmails ?? row.practiceDiscreet,
    phone: row.phone,
    emergencyContact: row.emergencyContact,
  };
}

/** Saves the partner's choices; the audit names the fields changed, never their values. */
export async function updatePartnerContact(
  db: Database,
  scope: PartnerScope,
  input: PartnerContactInput,
) {
  refuseShownOnScreen(scope);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        discreetEmails: partners.discreetEmails,
        phone: partners.phone,
        emergencyContact: partners.emergencyContact,
      })
      .from(partners)
      .where(eq(partners.id, scope.partnerId))
      .for("update");
    if (!before) throw new DomainError("NOT_FOUND", "Not found.");
    const changed = (["discreetEmails", "phone", "emergencyContact"] as const).filter(
      (field) => before[field] !== input[field],
    );
    if (changed.length === 0) return;
    await tx.update(partners).set(input).where(eq(partners.id, scope.partnerId));
    await recordAudit(
      tx,
      actorWithoutAccount(scope.practiceId),
      "partner.contact_changed",
      { type: "partner", id: scope.partnerId, coupleId: scope.coupleId },
      { fields: changed },
    );
  });
}
