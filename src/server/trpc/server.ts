import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentUser } from "~/server/auth/session";
import { currentPartner } from "~/server/client-session/current-partner";
import { getDb } from "~/server/db";
import { clientIp } from "~/server/http/client-ip";
import { env } from "~/env";
import { createCaller } from "./root";

/** Server components call procedures directly, with no HTTP hop, as whoever made the request. */
export const api = cache(async () => {
  const [user, partner, requestHeaders] = await Promise.all([
    currentUser(),
    currentPartner(),
    headers(),
  ]);
  return createCaller({
    db: getDb(),
    user,
    partner,
    requesterKey: clientIp(requestHeaders, env.TRUSTED_PROXY_HOPS),
  });
});
