import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { logSafeError } from "~/server/log-safe-error";
import { createRequestContext } from "~/server/trpc/request-context";
import { appRouter } from "~/server/trpc/root";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createRequestContext(req.headers),
    onError({ error, path }) {
      // The procedure and a safe description only: inputs and query parameters may hold clinical text.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[trpc] ${path ?? "?"} failed: ${logSafeError(error)}`);
    },
  });
}

export { handler as GET, handler as POST };
