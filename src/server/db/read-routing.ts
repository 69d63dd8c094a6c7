import type { Database } from "./client";

/**
 * Reads that may come from a replica, and the rule that keeps a person's own writes in view.
 *
 * "Right after a write" means: within RECENT_WRITE_SECONDS of any tRPC mutation answered to the
 * same browser session. The tRPC route marks such a response with a short-lived HttpOnly cookie
 * (no state in the web process, so it holds behind a load balancer); while it lasts, that
 * person's replica-eligible reads go to the primary. The window is far above a healthy streaming
 * replica's lag (milliseconds to a second): alert on replay lag long before it nears it.
 */
export const RECENT_WRITE_COOKIE = "attune_recent_write";
export const RECENT_WRITE_SECONDS = 30;

/** The Set-Cookie value that keeps this session's reads on the primary for the window. */
export function recentWriteCookie(secure: boolean): string {
  return `${RECENT_WRITE_COOKIE}=1; Max-Age=${RECENT_WRITE_SECONDS}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** Whether a request's Cookie header carries the recent-write marker. */
export function wroteRecently(cookieHeader: string | null | undefined): boolean {
  return (cookieHeader ?? "")
    .split(";")
    .some((part) => part.trim().startsWith(`${RECENT_WRITE_COOKIE}=`));
}

/** Where a replica-eligible read goes: the primary without a replica or right after a write. */
export function databaseForReads(
  primary: Database,
  replica: Database | null,
  recentWrite: boolean,
): Database {
  return replica && !recentWrite ? replica : primary;
}
