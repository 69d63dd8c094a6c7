import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "~/server/db";
import { CLIENT_COOKIE, partnerForSession } from "./client-session";
import type { PartnerScope } from "./partner-scope";

/** The partner whose personal-link session cookie came with this request, or null. */
export const currentPartner = cache(async (): Promise<PartnerScope | null> => {
  const token = (await cookies()).get(CLIENT_COOKIE)?.value;
  if (!token) return null;
  return partnerForSession(getDb(), token);
});
