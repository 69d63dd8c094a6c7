import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_TRPC_BATCH, MAX_TRPC_BODY_BYTES } from "~/domain/api-limits";
import { recentWriteCookie } from "~/server/db/read-routing";
import { requestWithinLimit } from "~/server/http/request-limits";
import { env } from "~/env";
import { isDatabaseUnavailable } from "~/server/db/unavailable";
import { logSafeError } from "~/server/log-safe-error";
import { createRequestContext } from "~/server/trpc/request-context";
import { appRouter } from "~/server/trpc/root";
import { retryAfterWhenUnavailable } from "~/server/trpc/unavailable-meta";

async function handler(incoming: Request) {
  const req = await requestWithinLimit(incoming, MAX_TRPC_BODY_BYTES);
  if (!req) {
    return Response.json(
      { error: { message: "That request is too large. Shorten what you wrote and try again." } },
      { status: 413 },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    createContext: () => createRequestContext(req.headers),
    // Retry-After when the database is away; after a write, this person's replica-eligible
    // reads stay on the primary for a while.
    responseMeta: (meta) => {
      const headers: Record<string, string> = { ...retryAfterWhenUnavailable(meta).headers };
      if (meta.type === "mutation")
        headers["set-cookie"] = recentWriteCookie(env.APP_URL.startsWith("https:"));
      return { headers };
    },
    onError({ error, path }) {
      // The procedure and a safe description only: inputs and query parameters may hold clinical text.
      if (error.code === "INTERNAL_SERVER_ERROR" && !isDatabaseUnavailable(error.cause))
        console.error(`[trpc] ${path ?? "?"} failed: ${logSafeError(error)}`);
    },
  });
}

export { handler as GET, handler as POST };
