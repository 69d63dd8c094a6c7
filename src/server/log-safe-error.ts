/**
 * A one-line description of a server failure that is safe to log: the error's name and the
 * database's own message and code, never a query's parameters (which may hold what a client
 * wrote) nor a stack.
 */
export function logSafeError(error: unknown): string {
  let current: unknown = error;
  // Drizzle wraps the driver's error in one whose message lists the query and its parameters.
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (!(current instanceof Error)) return "unknown error";
  const code = (current as Error & { code?: unknown }).code;
  const firstLine = current.message.split("\n")[0]?.slice(0, 200) ?? "";
  const safe = firstLine.startsWith("Failed query") ? "query failed" : firstLine;
  return `${current.name}${typeof code === "string" ? ` [${code}]` : ""}: ${safe}`;
}
