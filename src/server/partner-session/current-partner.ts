import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "~/server/db";
import { PARTNER_COOKIE, partnerForSession } from "./partner-session";
import type { PartnerScope } from "./partner-scope";

/** The partner whose personal-link session cookie came with this request, or null. */
export const currentPartner = cache(async (): Promise<PartnerScope | null> => {
  const token = (await cookies()).get(PARTNER_COOKIE)?.value;
  if (!token) return null;
  return partnerForSession(getDb(), token);
});
