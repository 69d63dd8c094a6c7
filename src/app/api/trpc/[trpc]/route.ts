import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { currentUser } from "~/server/auth/session";
import { currentPartner } from "~/server/client-session/current-partner";
import { getDb } from "~/server/db";
import { appRouter } from "~/server/trpc/root";
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
      // Log the failing procedure and code only: inputs may hold clinical text.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`[trpc] ${path ?? "?"} failed: ${error.cause?.name ?? error.name}: ${error.cause?.message ?? error.message}`);
      }
    },
  });
}

export { handler as GET, handler as POST };
