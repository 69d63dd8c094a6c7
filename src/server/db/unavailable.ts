/**
 * PostgreSQL being away (stopped, restarting, unreachable) is not a bug in a request: it is
 * answered with 503 and a hint to try again, never a 500 or a stack trace. This module says
 * which errors mean that, and keeps one process-wide note of a suspected outage so the proxy
 * can answer pages and route handlers without running them while it lasts.
 */

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_MESSAGE =
  "Attune cannot reach its database for a moment. Please try again in a few seconds.";

// Node's socket errors, and PostgreSQL's "connection exception" (08…), "shutting down"
// (57P01–57P03) and "too many connections" (53300) codes.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
const POSTGRES_CODES = /^(08\d{3}|57P0[123]|53300)$/;
const DRIVER_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Connection ended unexpectedly",
];

/** Whether this error (or any error it wraps) means the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || POSTGRES_CODES.test(code)))
      return true;
    if (DRIVER_MESSAGES.some((m) => current instanceof Error && current.message.startsWith(m)))
      return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable))
      return true;
    current = current.cause;
  }
  return false;
}

interface OutageNote {
  /** when a failure was last seen and not yet followed by a good answer; null: none */
  suspectedSince: number | null;
  /** when the proxy last asked the database itself */
  probedAt: number;
}

// One note per process, shared by the proxy and the app's routes (Next runs both in-process).
const shared = globalThis as unknown as { attuneDatabaseOutage?: OutageNote };
const note = (shared.attuneDatabaseOutage ??= { suspectedSince: null, probedAt: 0 });

/** A connection failed: until a probe succeeds, the proxy checks before letting requests in. */
export function noteDatabaseTrouble(): void {
  note.suspectedSince ??= Date.now();
}

const PROBE_EVERY_MS = 500;

/**
 * Whether to let a request reach the app. Costs nothing while no trouble was seen; during a
 * suspected outage it runs `probe` at most every half second and answers from its result.
 */
export async function databaseLooksReachable(
  probe: () => Promise<unknown>,
  now = Date.now(),
): Promise<boolean> {
  if (note.suspectedSince === null) return true;
  if (now - note.probedAt < PROBE_EVERY_MS) return false;
  note.probedAt = now;
  try {
    await probe();
    note.suspectedSince = null;
    return true;
  } catch {
    return false;
  }
}

/** The clean answer during an outage: 503, a Retry-After hint and a plain message. */
export function databaseUnavailableResponse(format: "html" | "text"): Response {
  const headers = {
    "Retry-After": String(RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
    "Content-Type": format === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
  };
  const body =
    format === "html"
      ? `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Back in a moment – Attune</title><main style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>Back in a moment</h1><p>${UNAVAILABLE_MESSAGE}</p><p>This page tries again by itself.</p></main></html>`
      : `${UNAVAILABLE_MESSAGE}\n`;
  return new Response(body, { status: 503, headers });
}
