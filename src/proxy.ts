import { sql } from "drizzle-orm";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { getDb } from "~/server/db";
import { databaseLooksReachable, databaseUnavailableResponse } from "~/server/db/unavailable";
import { STAFF_SESSION_COOKIES } from "~/server/auth/cookie-names";
import { isAddressedToApp, isHostCheckExempt } from "~/server/http/host-check";
import {
  contentSecurityPolicy,
  createNonce,
  NO_STORE,
  strictTransportSecurity,
} from "~/server/http/security-headers";

const production = process.env.NODE_ENV === "production";

/**
 * Every request except static assets: refuse other hosts (production), give the page a CSP
 * nonce, add the per-request security headers, and keep an active staff session's cookie alive.
 */
export async function proxy(request: NextRequest) {
  if (production && !hostAllowed(request)) {
    return new NextResponse("Misdirected request: this address is not served here.\n", {
      status: 421,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE },
    });
  }
  if (answersOutage(request.nextUrl.pathname) && !(await databaseLooksReachable(probeDatabase))) {
    const html = request.headers.get("accept")?.includes("text/html") ?? false;
    return databaseUnavailableResponse(html ? "html" : "text");
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, !production);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", NO_STORE);
  const hsts = strictTransportSecurity(env.APP_URL, production);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  // Auth.js sets and clears the session cookie itself there; re-issuing it would undo a sign-out.
  if (!request.nextUrl.pathname.startsWith("/api/auth/")) refreshStaffSession(request, response);
  return response;
}

/**
 * While the database seems away, pages and route handlers get a clean 503 here. tRPC answers
 * for itself (in its own error shape); quick exit always runs, as it must leave at once.
 */
function answersOutage(pathname: string): boolean {
  return !pathname.startsWith("/api/trpc/") && pathname !== "/c/session/exit";
}

const probeDatabase = () => getDb().execute(sql`select 1`);

function hostAllowed(request: NextRequest): boolean {
  return (
    isHostCheckExempt(request.nextUrl.pathname) ||
    isAddressedToApp(request.headers, env.APP_URL, env.TRUSTED_PROXY_HOPS)
  );
}

/**
 * Auth.js extends the session row in PostgreSQL on activity but can only set cookies in route
 * handlers; re-issuing the cookie here keeps it alive as long as the session is in use. The row
 * stays the authority: an idle session ends there whatever the cookie says.
 */
function refreshStaffSession(request: NextRequest, response: NextResponse) {
  for (const name of STAFF_SESSION_COOKIES) {
    const cookie = request.cookies.get(name);
    if (!cookie) continue;
    response.cookies.set(name, cookie.value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Secure-"),
      maxAge: env.SESSION_IDLE_MINUTES * 60,
    });
  }
}

export const config = {
  // Public files (robots.txt, icons, the partner manifest) carry nothing private.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|apple-touch-icon.png|homework.webmanifest|homework/).*)",
  ],
};
