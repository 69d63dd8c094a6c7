import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { currentUser } from "~/server/auth/session";
import { currentPartner } from "~/server/client-session/current-partner";
import { getDb } from "~/server/db";
import { appRouter } from "~/server/trpc/root";
import { logSafeError } from "~/server/log-safe-error";
import { requesterKey } from "~/server/trpc/requester";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => {
      const [user, partner] = await Promise.all([currentUser(), currentPartner()]);
      return { db: getDb(), user, partner, requesterKey: requesterKey(req.headers) };
    },
    onError({ error, path }) {
      // The procedure and a safe description only: inputs and query parameters may hold clinical text.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[trpc] ${path ?? "?"} failed: ${logSafeError(error)}`);
    },
  });
}

export { handler as GET, handler as POST };
