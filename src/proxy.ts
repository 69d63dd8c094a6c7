import { NextResponse, type NextRequest } from "next/server";
import { STAFF_SESSION_COOKIES } from "~/server/auth/cookie-names";

const idleSeconds = Number(process.env.SESSION_IDLE_MINUTES ?? 30) * 60;

/**
 * Auth.js extends the session row in PostgreSQL on activity but can only set cookies in route
 * handlers; re-issuing the cookie here keeps it alive as long as the session is in use. The row
 * stays the authority: an idle session ends there whatever the cookie says.
 */
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  for (const name of STAFF_SESSION_COOKIES) {
    const cookie = request.cookies.get(name);
    if (!cookie) continue;
    response.cookies.set(name, cookie.value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Secure-"),
      maxAge: idleSeconds,
    });
  }
  return response;
}

export const config = {
  // Public files (icons, robots.txt, the partner manifest) need no session.
  matcher: [
    "/((?!api/auth|_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:png|svg|ico|webmanifest)$).*)",
  ],
};
