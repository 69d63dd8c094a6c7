import "server-only";
import { currentUser } from "~/server/auth/staff-session";
import { currentPartner } from "~/server/partner-session/current-partner";
import { getDb, getReadDb } from "~/server/db";
import type { Context } from "./context";
import { env } from "~/env";
import { clientIp } from "~/server/http/client-ip";

/**
 * The context of one request, whoever asks: the HTTP handler and the server-side caller both
 * build it here, so a procedure sees the same staff member, partner and requester either way.
 */
export async function createRequestContext(requestHeaders: Headers): Promise<Context> {
  const [user, partner] = await Promise.all([currentUser(), currentPartner()]);
  return {
    db: getDb(),
    readDb: getReadDb(requestHeaders.get("cookie")),
    user,
    partner,
    requesterKey: clientIp(requestHeaders, env.TRUSTED_PROXY_HOPS),
  };
}
