import "server-only";
import { redirect } from "next/navigation";
import { currentPartner } from "~/server/partner-session/current-partner";

/**
 * Partner pages need an open personal-link session; without one, offer a fresh link. Until the
 * partner has accepted the practice's current consent text, every page but help shows it first
 * (`beforeConsent`: the help page and the consent page itself).
 */
export async function requirePartner({ beforeConsent = false }: { beforeConsent?: boolean } = {}) {
  const partner = await currentPartner();
  if (!partner) redirect("/c/new-link?reason=session");
  if (partner.consentNeeded && !beforeConsent) redirect("/c/consent");
  return partner;
}
