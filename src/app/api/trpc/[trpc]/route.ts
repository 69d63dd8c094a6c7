import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { currentUser } from "~/server/auth/session";
import { currentPartner } from "~/server/client-session/current-partner";
import { env } from "~/env";
import { getDb } from "~/server/db";
import { clientIp } from "~/server/http/client-ip";
import { appRouter } from "~/server/trpc/root";
import { logSafeError } from "~/server/log-safe-error";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => {
      const [user, partner] = await Promise.all([currentUser(), currentPartner()]);
      return {
        db: getDb(),
        user,
        partner,
        requesterKey: clientIp(req.headers, env.TRUSTED_PROXY_HOPS),
      };
    },
    onError({ error, path }) {
      // The procedure and a safe description only: inputs and query parameters may hold clinical text.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[trpc] ${path ?? "?"} failed: ${logSafeError(error)}`);
    },
  });
}

export { handler as GET, handler as POST };
