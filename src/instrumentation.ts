/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}

/**
 * A page or route handler failed: if the database was unreachable, the proxy answers the next
 * requests with a 503 until it answers again (see src/server/db/unavailable.ts).
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, noteDatabaseTrouble } = await import("./server/db/unavailable");
  if (isDatabaseUnavailable(error)) noteDatabaseTrouble();
}
