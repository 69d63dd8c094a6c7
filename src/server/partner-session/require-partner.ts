import "server-only";
import { redirect } from "next/navigation";
import { currentPartner } from "~/server/partner-session/current-partner";

/** Partner pages need an open personal-link session; without one, offer a fresh link. */
export async function requirePartner() {
  const partner = await currentPartner();
  if (!partner) redirect("/c/new-link?reason=session");
  return partner;
}
