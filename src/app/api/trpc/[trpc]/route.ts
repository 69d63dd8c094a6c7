import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { currentUser } from "~/server/auth/session";
import { getDb } from "~/server/db";
import { appRouter } from "~/server/trpc/root";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({ db: getDb(), user: await currentUser() }),
    onError({ error, path }) {
      // Log the failing procedure and code only: inputs may hold clinical text.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[trpc] ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
